package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.kansrijk.io.json.KwaliteitJson;
import nl.kansrijk.io.json.OvertredingJson;
import nl.kansrijk.io.json.ScoreJson;
import nl.kansrijk.service.web.SessieJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The typed answers and the handwritten openapi.json agree field by field: every schema that has a record lists
 * exactly the record's JSON fields, in the order the record writes them.
 */
class JsonContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** openapi.json schema name to the record that writes it. */
    private static final Map<String, Class<? extends Record>> SCHEMAS = Map.ofEntries(
            Map.entry("Huishouden", HuishoudenJson.class),
            Map.entry("Beslissing", BeslissingJson.class),
            Map.entry("Oplostaak", OplostaakJson.class),
            Map.entry("Sessie", SessieJson.class),
            Map.entry("HuishoudenDetail", HuishoudenDetailJson.class),
            Map.entry("Keten", Audit.KetenJson.class),
            Map.entry("Invoerversie", Audit.VersieJson.class),
            Map.entry("Dagvoorstel", Dagvoorstellen.Antwoord.class),
            Map.entry("DagvoorstelItem", Dagvoorstellen.Item.class),
            Map.entry("DagvoorstelAanvaard", Dagvoorstellen.Aanvaard.class));

    @Test
    void everySchemaWithARecordListsTheRecordsFieldsInOrder() throws Exception {
        JsonNode schemas;
        try (InputStream in = JsonContractTest.class.getResourceAsStream("/openapi.json")) {
            schemas = JSON.readTree(in).get("components").get("schemas");
        }
        for (Map.Entry<String, Class<? extends Record>> e : SCHEMAS.entrySet()) {
            List<String> documented = new ArrayList<>(schemas.get(e.getKey()).get("properties").propertyNames());
            assertThat(documented).as("schema %s against %s", e.getKey(), e.getValue().getSimpleName())
                    .containsExactlyElementsOf(fields(e.getValue()));
        }
    }

    @Test
    void sharedPiecesWriteTheirFieldsInSnakeCaseAndInTheirOwnOrder() throws Exception {
        assertThat(fields(ScoreJson.class)).containsExactly("hard", "medium", "soft", "tekst");
        assertThat(fields(OvertredingJson.class)).containsExactly("huishouden_id", "gemeente_code", "regel", "punten", "tekst");
        assertThat(fields(KwaliteitJson.class)).containsExactly("huishoudens", "personen", "geplaatste_personen",
                "aandeel_geplaatst", "aandeel_eerste_regio", "aandeel_advies_regio", "km_gemiddeld", "km_p90",
                "aandeel_voorkeur_of_netwerk", "gemiddelde_sectorvraag", "zacht_per_persoon");
        assertThat(fields(BeslissingJson.Genomen.class)).endsWith("reden", "nieuwe_plan_versie", "vorige_gemeente", "herhaald")
                .startsWith("id", "tijd");
        assertThat(fields(OplostaakJson.Resultaat.class)).startsWith("id", "toestand")
                .endsWith("resultaat_beschikbaar", "score", "koppelingen");
    }

    /** The JSON field names a record writes, in order: an instance with empty values, written and read back. */
    static List<String> fields(Class<? extends Record> type) throws Exception {
        return new ArrayList<>(JSON.readTree(JSON.writeValueAsString(leeg(type))).propertyNames());
    }

    private static Object leeg(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = types[i] == long.class ? 0L : types[i] == int.class ? 0 : types[i] == boolean.class ? false
                    : types[i] == double.class ? 0.0 : types[i].isRecord() ? leeg(types[i]) : null;
        }
        var constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }
}

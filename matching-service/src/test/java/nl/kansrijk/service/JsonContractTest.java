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
            Map.entry("Bewaartermijn", Audit.BewaartermijnJson.class),
            Map.entry("Dagvoorstel", Dagvoorstellen.Antwoord.class),
            Map.entry("DagvoorstelItem", Dagvoorstellen.Item.class),
            Map.entry("DagvoorstelAanvaard", Dagvoorstellen.Aanvaard.class),
            Map.entry("Periode", PeriodeJson.class),
            Map.entry("PeriodeGeladen", PeriodeJson.Geladen.class),
            Map.entry("Advies", OpPlan.Advies.class),
            Map.entry("Overweging", OpPlan.Overweging.class),
            Map.entry("Uitleg", OpPlan.Uitleg.class),
            Map.entry("Brief", OpPlan.Brief.class),
            Map.entry("Gemeente", GemeenteJson.class),
            Map.entry("Regel", RegelJson.class),
            Map.entry("PlanToets", PlanToetsJson.class),
            Map.entry("OplostaakResultaat", OplostaakJson.Resultaat.class),
            Map.entry("Woning", Woonoverzicht.WoningJson.class),
            Map.entry("Woningen", Woonoverzicht.WoningenJson.class),
            Map.entry("WoningMaand", Woonoverzicht.MaandJson.class),
            Map.entry("Ruilvoorstellen", Woonoverzicht.RuilvoorstellenJson.class),
            Map.entry("Ruilvoorstel", Woonoverzicht.RuilJson.class),
            Map.entry("RuilAanvaard", Woonoverzicht.RuilAanvaardJson.class));

    /**
     * Every JSON answer of every route is a schema of its own (or a list of one), and every such schema is checked
     * against its record above: no answer is described as a bare object. The health check and openapi.json itself
     * are the exceptions.
     */
    @Test
    void everyJsonAnswerHasARecordCheckedSchema() throws Exception {
        JsonNode doc;
        try (InputStream in = JsonContractTest.class.getResourceAsStream("/openapi.json")) {
            doc = JSON.readTree(in);
        }
        List<String> zonder = new ArrayList<>();
        for (String pad : doc.get("paths").propertyNames()) {
            if (pad.equals("/api/health") || pad.equals("/openapi.json")) {
                continue;
            }
            JsonNode ops = doc.get("paths").get(pad);
            for (String methode : ops.propertyNames()) {
                JsonNode antwoorden = ops.get(methode).get("responses");
                for (String code : List.of("200", "201", "202")) {
                    JsonNode schema = antwoorden.path(code).path("content").path("application/json").path("schema");
                    if (schema.isMissingNode()) {
                        continue;
                    }
                    JsonNode r = schema.has("items") ? schema.get("items") : schema;
                    String naam = r.has("$ref") ? r.get("$ref").asString().replace("#/components/schemas/", "") : null;
                    if (naam == null || !(SCHEMAS.containsKey(naam) || naam.equals("BeslissingGenomen"))) {
                        zonder.add(methode + " " + pad + " " + code);
                    }
                }
            }
        }
        assertThat(zonder).as("answers without a record-checked schema").isEmpty();
    }

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

package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.kansrijk.io.input.ReadOptions;
import nl.kansrijk.service.opslag.Opslag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The worklist over HTTP (filters, search, sorting, paging past 300, linked households findable with their status),
 * the whole household with names beside codes, the rule labels, and the one warning for a date outside the period.
 */
class WerklijstTest {

    static final Path NL = Path.of("..", "sample-data", "nl-2026-h1").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    Proefopstelling w;

    @AfterEach
    void stop() {
        if (w != null) {
            w.close();
        }
    }

    @Test
    void pagingPastThreeHundredFiltersAndSorting() throws Exception {
        w = new Proefopstelling(tmp, TestDatabase.h2(tmp), NL, 256 * 1024);
        Klant k = w.ingelogd("rv-001");
        Klant.Antwoord alle = k.get("/api/huishoudens?status=wachtend");
        int totaal = alle.json().size();
        assertThat(totaal).isGreaterThan(1000);
        assertThat(alle.header("X-Totaal")).isEqualTo(String.valueOf(totaal));
        Set<String> gezien = new HashSet<>();
        List<String> volgorde = new ArrayList<>();
        for (int van = 0; van < 900; van += 300) {
            Klant.Antwoord p = k.get("/api/huishoudens?status=wachtend&van=" + van + "&aantal=300");
            assertThat(p.header("X-Totaal")).isEqualTo(String.valueOf(totaal));
            assertThat(p.json()).hasSize(300);
            p.json().forEach(h -> {
                gezien.add(h.get("huishouden_id").asString());
                volgorde.add(h.get("huishouden_id").asString());
            });
        }
        assertThat(gezien).hasSize(900);
        for (int i = 0; i < 900; i++) {
            assertThat(volgorde.get(i)).isEqualTo(alle.json().get(i).get("huishouden_id").asString());
        }

        JsonNode groot = k.get("/api/huishoudens?personen_min=5&sorteer=personen&richting=af&aantal=50").json();
        assertThat(groot).isNotEmpty();
        int vorige = Integer.MAX_VALUE;
        for (JsonNode h : groot) {
            assertThat(h.get("personen").asInt()).isGreaterThanOrEqualTo(5).isLessThanOrEqualTo(vorige);
            vorige = h.get("personen").asInt();
        }
        String azc = alle.json().get(0).get("azc_code").asString();
        JsonNode inAzc = k.get("/api/huishoudens?azc=" + azc).json();
        assertThat(inAzc).isNotEmpty().allSatisfy(h -> assertThat(h.get("azc_code").asString()).isEqualTo(azc));
        String regio = alle.json().get(0).get("regioadvies").get(0).asString();
        JsonNode inRegio = k.get("/api/huishoudens?status=wachtend&regio=" + regio).json();
        assertThat(inRegio).isNotEmpty().allSatisfy(h -> assertThat(h.get("regioadvies").toString()).contains(regio));
        assertThat(inRegio.get(0).get("regioadvies_namen").get(0).asString()).isNotEqualTo(regio);
        JsonNode kort = k.get("/api/huishoudens?status=wachtend&dagen_max=0").json();
        assertThat(kort).allSatisfy(h -> assertThat(h.get("dagen_over").asInt()).isLessThanOrEqualTo(0));

        assertThat(k.get("/api/huishoudens?sorteer=lengte").status()).isEqualTo(400);
        Klant.Antwoord fout = k.get("/api/huishoudens?aantal=5000");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.json().get("veld").asString()).isEqualTo("aantal");
    }

    @Test
    void aLinkedHouseholdStaysFindableWithItsStatusAndTheWholeHouseholdHasNames() throws Exception {
        w = new Proefopstelling(tmp, TestDatabase.h2(tmp), Proefopstelling.MINI, 256 * 1024);
        Klant k = w.ingelogd("rv-001");
        long versie = k.get("/api/periode").json().get("plan_versie").asLong();
        assertThat(k.get("/api/periode").json().get("datum_waarschuwing").isNull()).isTrue();
        String g = BeslissenTestBasis.eerste(k, "H04");
        assertThat(k.post("/api/koppelingen", ApiTestBasis.beslissing("H04", g, "omdat", versie)).status()).isEqualTo(201);
        JsonNode gevonden = k.get("/api/huishoudens?zoek=h04").json();
        assertThat(gevonden).hasSize(1);
        assertThat(gevonden.get(0).get("status").asString()).isEqualTo("gekoppeld");
        assertThat(gevonden.get(0).get("gemeente_naam").asString()).isNotBlank();
        String naam = gevonden.get(0).get("gemeente_naam").asString();
        assertThat(k.get("/api/huishoudens?zoek=" + naam.substring(0, 4).toLowerCase()).json().toString()).contains("H04");

        JsonNode h = k.get("/api/huishoudens/H04").json();
        assertThat(h.get("personen").asInt()).isEqualTo(2);
        assertThat(h.get("volwassenen").asInt()).isEqualTo(2);
        assertThat(h.get("azc").get("naam").asString()).isEqualTo("Azc Emmen");
        assertThat(h.get("familie_gemeente").get("code").asString()).isEqualTo("GM0014");
        assertThat(h.get("familie_gemeente").get("naam").asString()).isEqualTo("Groningen");
        assertThat(h.get("gemeente").get("code").asString()).isEqualTo(g);
        assertThat(h.get("koppeling").get("gebruiker").asString()).isEqualTo("rv-001");
        assertThat(h.get("koppeling").get("reden").asString()).isEqualTo("omdat");
        assertThat(h.get("status").asString()).isEqualTo("gekoppeld");
        assertThat(k.get("/api/huishoudens/H99").status()).isEqualTo(404);
        JsonNode regels = k.get("/api/regels").json();
        assertThat(regels.toString()).contains("\"regel\":\"regioadvies\"").contains("\"label\":\"afstand tot azc\"");
    }

    @Test
    void aDateOutsideThePeriodIsSaidOnce() throws Exception {
        try (Opslag o = Opslag.open(TestDatabase.h2(tmp).url(), null, null)) {
            Clock laat = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            Werkbank wb = new Werkbank(o, Proefopstelling.MINI, ReadOptions.DEFAULT, laat);
            assertThat(wb.periode().datumWaarschuwing()).isEqualTo("de datum van vandaag (23-11-2026) ligt na de periode "
                    + "2026-H1 (1-1-2026 t/m 30-6-2026); de dagen over van de termijn zijn vanaf vandaag geteld en daarom "
                    + "niet te vergelijken met de periode");
            // local time: 23:30 UTC on 31 December is already 1 January in Amsterdam
            Clock oudjaar = Clock.fixed(LocalDate.of(2025, 12, 31).atTime(23, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            Werkbank nieuwjaar = new Werkbank(o, Proefopstelling.MINI, ReadOptions.DEFAULT, oudjaar);
            assertThat(nieuwjaar.periode().datum()).isEqualTo("2026-01-01");
            assertThat(nieuwjaar.periode().datumWaarschuwing()).isNull();
            nieuwjaar.taken().close();
            wb.taken().close();
        }
    }
}

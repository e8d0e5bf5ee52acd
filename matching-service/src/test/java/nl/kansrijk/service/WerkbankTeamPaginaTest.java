package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The werkbank page for a team, in headless Chromium at desktop (1280x800) and phone (390x844) width: focus after
 * login and after a decision, the whole household, a linked household found again and changed with a reason, a
 * colleague's decision named in the conflict, a gemeente chosen by name, cards on the phone, a status line that
 * covers nothing, logout clearing the page, and the one warning for a date outside the period.
 */
class WerkbankTeamPaginaTest {

    @TempDir
    Path tmp;

    Proefopstelling w;
    WebDriver browser;
    WebDriverWait wacht;

    void start(int breedte, int hoogte, LocalDate datum) throws Exception {
        boolean aanwezig = Files.isExecutable(WerkbankPaginaTest.CHROMIUM) && Files.isExecutable(WerkbankPaginaTest.CHROMEDRIVER);
        if (System.getenv("CI") == null) {
            assumeTrue(aanwezig, "chromium and chromium-driver are not installed");
        }
        w = new Proefopstelling(tmp, TestDatabase.h2(tmp), Proefopstelling.MINI, 1 << 20, datum);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(WerkbankPaginaTest.CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=" + breedte + "," + hoogte,
                "--disable-gpu", "--lang=nl-NL");
        if (breedte < 500) {
            // a desktop window is at least 500 px wide: a phone is emulated
            o.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", breedte, "height", hoogte, "pixelRatio", 1.0, "touch", true)));
        }
        ChromeDriverService dienst = new ChromeDriverService.Builder()
                .usingDriverExecutable(WerkbankPaginaTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(dienst, o);
        wacht = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (w != null) {
            w.close();
        }
    }

    void login() {
        browser.get("http://127.0.0.1:" + w.server.port() + "/");
        WebElement gebruiker = wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-gebruiker")));
        gebruiker.sendKeys("rv-001", Keys.TAB, Proefopstelling.WACHTWOORD, Keys.ENTER);
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#huishoudens tbody tr")));
    }

    WebElement actief() {
        return browser.switchTo().activeElement();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "390x844"})
    void aTeamDecidesChangesAndSeesWhoCameFirst(String maat) throws Exception {
        String[] wh = maat.split("x");
        int breedte = Integer.parseInt(wh[0]);
        start(breedte, Integer.parseInt(wh[1]), Proefopstelling.DATUM);
        login();
        wacht.until(d -> "zoek".equals(actief().getAttribute("id")));
        assertThat(browser.findElement(By.id("datum-waarschuwing")).isDisplayed()).isFalse();
        WebElement rij = browser.findElement(By.cssSelector("#huishoudens tr[data-id='H01']"));
        assertThat(rij.getText()).contains("nog 7 dagen");
        boolean telefoon = breedte < 700;
        Long venster = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
        assertThat(venster).isEqualTo(breedte);
        assertThat(browser.findElement(By.cssSelector("#huishoudens thead")).getCssValue("position"))
                .isEqualTo(telefoon ? "absolute" : "static");
        assertThat(rij.getCssValue("display")).isEqualTo(telefoon ? "block" : "table-row");

        // the whole household, then follow the advice: focus goes to the next waiting household
        rij.sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.textToBe(By.id("advies-titel"), "Advies voor H01"));
        assertThat(browser.findElement(By.cssSelector(".gegevens")).getText()).contains("Samenstelling").contains("1 volwassene")
                .contains("Azc Assen").contains("Regioadvies").contains("Groningen (AM01)").contains("bouw");
        assertThat(browser.findElement(By.cssSelector("#huishoudens")).isDisplayed()).isEqualTo(!telefoon);
        Files.write(Path.of("target", "werkbank-team-" + maat + "-huishouden.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        List<WebElement> opties = browser.findElements(By.cssSelector("#advies .optie"));
        assertThat(opties.get(1).getText()).contains("Waarom lager dan").contains("punten");
        WebElement knop = actief();
        assertThat(knop.getAttribute("class")).contains("kies");
        String eerste = knop.getAttribute("data-gemeente");
        knop.sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("reden")));
        browser.findElement(By.id("bevestig")).sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), "Vastgelegd: H01 naar " + eerste));
        wacht.until(d -> "tr".equalsIgnoreCase(actief().getTagName()) && !"H01".equals(actief().getAttribute("data-id")));
        geenOverlap();

        // a linked household stays findable with its status, and is changed with a reason
        new Select(browser.findElement(By.id("f-status"))).selectByValue("gekoppeld");
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("huishoudens"), "gekoppeld: "));
        browser.findElement(By.cssSelector("#huishoudens tr[data-id='H01']")).sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".gegevens"), "door rv-001"));
        WebElement wijzig = wacht.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#advies button.kies")));
        assertThat(wijzig.getText()).startsWith("Wijzig naar ");
        String nieuw = wijzig.getAttribute("data-gemeente");
        wijzig.sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("reden")));
        assertThat(browser.findElement(By.cssSelector("#keuze label")).getText()).contains("verplicht bij wijzigen");
        browser.findElement(By.id("bevestig")).sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("keuze-fout"), "reden is verplicht"));
        browser.findElement(By.id("reden")).sendKeys("gezin wil naar de stad");
        browser.findElement(By.id("bevestig")).sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), "Vastgelegd: H01 naar " + nieuw));

        // a colleague links H05 while this page looks at it: the conflict names who and where
        new Select(browser.findElement(By.id("f-status"))).selectByValue("wachtend");
        WebElement h05 = wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#huishoudens tr[data-id='H05']")));
        h05.sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.textToBe(By.id("advies-titel"), "Advies voor H05"));
        Klant collega = w.ingelogd("rv-002");
        long versie = collega.get("/api/periode").json().get("plan_versie").asLong();
        String zijn = collega.get("/api/huishoudens/H05/advies").json().get("advies").get(0).get("gemeente_code").asString();
        assertThat(collega.post("/api/koppelingen", ApiTestBasis.beslissing("H05", zijn, null, versie)).status()).isEqualTo(201);
        actief().sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("reden")));
        browser.findElement(By.id("bevestig")).sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conflict"), "door rv-002"));
        assertThat(browser.findElement(By.id("conflict")).getText()).contains("H05 is intussen gekoppeld aan " + zijn);
        assertThat(browser.findElement(By.cssSelector(".gegevens")).getText()).contains("gekoppeld aan").contains("rv-002");
        assertThat(actief().getAttribute("id")).isEqualTo("conflict");

        // a gemeente chosen by name (the datalist offers the names)
        WebElement ander = browser.findElement(By.id("andere-gemeente"));
        assertThat(browser.findElements(By.cssSelector("#gemeenten-lijst option"))).hasSizeGreaterThan(3);
        ander.sendKeys("Groningen", Keys.ENTER);
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#overweging p")));
        assertThat(browser.findElement(By.id("overweging")).getText()).containsAnyOf("Toegestaan", "Geweigerd");

        Long scroll = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
        assertThat(scroll).as("no horizontal scrolling at " + maat).isLessThanOrEqualTo(breedte);
        geenOverlap();
        Files.write(Path.of("target", "werkbank-team-" + maat + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        // the audit log in local time with names
        if (telefoon) {
            browser.findElement(By.cssSelector("#advies .terug")).click();
        }
        browser.findElement(By.cssSelector(".tab[data-tab='log']")).click();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "gezin wil naar de stad"));
        java.time.ZonedDateTime nu = java.time.ZonedDateTime.now(Tijd.ZONE);
        assertThat(browser.findElement(By.id("log")).getText()).contains(nu.getDayOfMonth() + "-" + nu.getMonthValue() + "-"
                + nu.getYear() + ", ").contains(nieuw + " ");

        // progress per gemeente: totals per arbeidsmarktregio, sortable by fill
        browser.findElement(By.cssSelector(".tab[data-tab='gemeenten']")).click();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("regios"), "Groningen (AM01)"));
        new Select(browser.findElement(By.id("g-sorteer"))).selectByValue("vulgraad");
        wacht.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("const v = [...document.querySelectorAll("
                + "'#gemeenten tbody tr')].map(r => parseInt(r.cells[6].textContent, 10)).filter(x => !isNaN(x));"
                + " return v.length > 1 && v.every((x, i) => i === 0 || v[i - 1] <= x) && v[0] < v[v.length - 1];"));

        // logout clears the page: no household, no decision, no reason left on screen
        browser.findElement(By.id("uitloggen")).click();
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-gebruiker")));
        String tekst = (String) ((JavascriptExecutor) browser).executeScript("return document.body.textContent;");
        assertThat(tekst).doesNotContain("gezin wil naar de stad").doesNotContain("H01").doesNotContain("Vastgelegd");
        assertThat(browser.findElement(By.id("melding")).getText()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "390x844"})
    void aDateOutsideThePeriodIsSaidOnceAndThePhoneShowsCards(String maat) throws Exception {
        String[] wh = maat.split("x");
        start(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), LocalDate.of(2026, 11, 23));
        login();
        WebElement waarschuwing = browser.findElement(By.id("datum-waarschuwing"));
        wacht.until(ExpectedConditions.visibilityOf(waarschuwing));
        assertThat(waarschuwing.getText()).startsWith("Let op: de datum van vandaag (23-11-2026) ligt na de periode 2026-H1");
        String pagina = browser.findElement(By.tagName("body")).getText();
        assertThat(pagina.split("ligt na de periode", -1)).hasSize(2);
        assertThat(pagina).doesNotContain("te laat over van de termijn");
        assertThat(browser.findElement(By.cssSelector("#huishoudens tr[data-id='H01']")).getText()).contains("dagen te laat");
        new Select(browser.findElement(By.id("f-grootte"))).selectByValue("3-4");
        // the rows are drawn anew when the answer comes: read them in the page, in one go
        wacht.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("const r = [...document.querySelectorAll("
                + "'#huishoudens tbody tr')].map(x => x.cells[1].textContent); return r.length > 0 && r.every(p => p === '3' || p === '4');"));
        assertThat(browser.findElement(By.id("lijst-meer")).getText()).matches("1\u2013\\d+ van \\d+");
        geenOverlap();
    }

    /** The status line is never over a visible control. */
    void geenOverlap() {
        WebElement m = browser.findElement(By.id("melding"));
        assertThat(m.getCssValue("position")).isNotEqualTo("fixed");
        if (!m.isDisplayed()) {
            return;
        }
        Rectangle r = m.getRect();
        for (WebElement c : browser.findElements(By.cssSelector("button, input, select, textarea, tr[tabindex]"))) {
            if (!c.isDisplayed()) {
                continue;
            }
            Rectangle b = c.getRect();
            boolean over = b.x < r.x + r.width && r.x < b.x + b.width && b.y < r.y + r.height && r.y < b.y + b.height;
            assertThat(over).as("status line over " + c.getTagName() + " " + c.getAttribute("id")).isFalse();
        }
    }

    /** The day's proposal: the tab lists today's queue, the proposals to link now are accepted as a selection. */
    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "390x844"})
    void theProposalOfTheDayIsAcceptedAsASelection(String maat) throws Exception {
        String[] wh = maat.split("x");
        start(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), LocalDate.of(2026, 1, 20));
        login();
        browser.findElement(By.cssSelector(".tab[data-tab='voorstel']")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#voorstel tbody tr")));
        assertThat(browser.findElement(By.id("voorstel-samenvatting")).getText()).startsWith("Voorstel van 20-1-2026");
        WebElement h01 = browser.findElement(By.xpath("//table[@id='voorstel']//tr[td[2][text()='H01']]"));
        assertThat(h01.getText()).contains("1 dag te laat");
        List<WebElement> wachtend = browser.findElements(By.xpath("//table[@id='voorstel']//tr[contains(., 'wachten, uiterlijk')]"));
        assertThat(wachtend).isNotEmpty();
        assertThat(wachtend.get(0).findElement(By.cssSelector("input[type=checkbox]")).isEnabled()).isFalse();
        browser.findElement(By.id("voorstel-alles")).click();
        browser.findElement(By.id("voorstel-aanvaard")).click();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), "voorstellen vastgelegd"));
        assertThat(h01.getText()).contains("vastgelegd");
        // the accepted items are decisions of this regievoerder in the audit log, the proposal named as reason
        browser.findElement(By.cssSelector(".tab[data-tab='log']")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#log tbody tr")));
        assertThat(browser.findElement(By.id("log")).getText()).contains("H01").contains("rv-001")
                .contains("voorstel van de dag 2026-01-20");
        Files.write(Path.of("target", "werkbank-dagvoorstel-" + maat + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The map of progress: every gemeente a point at its coordinates, named in its title, with a legend. */
    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "390x844"})
    void theMapShowsEveryGemeenteWithItsNameAndFill(String maat) throws Exception {
        String[] wh = maat.split("x");
        start(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), Proefopstelling.DATUM);
        login();
        browser.findElement(By.cssSelector(".tab[data-tab='gemeenten']")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#kaart svg circle")));
        List<WebElement> punten = browser.findElements(By.cssSelector("#kaart svg circle"));
        long gemeenten = Files.readAllLines(Proefopstelling.MINI.resolve("gemeenten.csv")).stream()
                .filter(r -> !r.isBlank()).count() - 1;
        assertThat(punten).hasSize((int) gemeenten);
        String titels = String.join("|", punten.stream().map(p -> p.findElement(By.tagName("title"))
                .getAttribute("textContent")).toList());
        assertThat(titels).contains("Groningen (GM0014): opgave").contains("vulgraad");
        assertThat(browser.findElements(By.cssSelector("#kaart-legenda li"))).hasSize(4);
        // nothing wider than the window: the map scales with it
        Long scroll = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(scroll).isLessThanOrEqualTo(0L);
        Files.write(Path.of("target", "werkbank-kaart-" + maat + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}

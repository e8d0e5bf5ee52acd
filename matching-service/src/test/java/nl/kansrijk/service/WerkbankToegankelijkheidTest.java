package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The werkbank page checked with axe-core (from its WebJar, injected into the page) in headless Chromium at desktop
 * (1280x800) and phone (390x844) width, in each of its views: login, worklist, the whole household with the reason
 * form, the day's proposal, progress with the map, and the audit log. Any violation of impact "serious" or
 * "critical" fails the test with its rule id and targets. In CI a missing browser fails the test; elsewhere it is
 * skipped, like the other browser tests.
 */
class WerkbankToegankelijkheidTest {

    /** The impacts that fail the check. */
    static final List<String> ERNSTIG = List.of("serious", "critical");

    @TempDir
    Path tmp;

    Proefopstelling w;
    WebDriver browser;
    WebDriverWait wacht;

    void start(int breedte, int hoogte) throws Exception {
        boolean aanwezig = Files.isExecutable(WerkbankPaginaTest.CHROMIUM) && Files.isExecutable(WerkbankPaginaTest.CHROMEDRIVER);
        if (System.getenv("CI") == null) {
            assumeTrue(aanwezig, "chromium and chromium-driver are not installed");
        }
        // a day in the period with both waiting households in the day's proposal and households to link now
        w = new Proefopstelling(tmp, TestDatabase.h2(tmp), Proefopstelling.MINI, 1 << 20, LocalDate.of(2026, 1, 20));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(WerkbankPaginaTest.CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=" + breedte + "," + hoogte,
                "--disable-gpu", "--lang=nl-NL");
        if (breedte < 500) {
            o.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", breedte, "height", hoogte, "pixelRatio", 1.0, "touch", true)));
        }
        ChromeDriverService dienst = new ChromeDriverService.Builder()
                .usingDriverExecutable(WerkbankPaginaTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(dienst, o);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
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

    @ParameterizedTest
    @ValueSource(strings = {"1280x800", "390x844"})
    void everyViewHasNoSeriousViolations(String maat) throws Exception {
        String[] wh = maat.split("x");
        int breedte = Integer.parseInt(wh[0]);
        start(breedte, Integer.parseInt(wh[1]));
        boolean telefoon = breedte < 700;
        List<String> gevonden = new ArrayList<>();

        browser.get("http://127.0.0.1:" + w.server.port() + "/");
        WebElement gebruiker = wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-gebruiker")));
        // a failed login first: its error message is part of the view
        gebruiker.sendKeys("rv-001", Keys.TAB, "fout-wachtwoord", Keys.ENTER);
        wacht.until(d -> !d.findElement(By.id("login-fout")).getText().isBlank());
        gevonden.addAll(controleer("inloggen"));

        WebElement wachtwoord = browser.findElement(By.id("login-wachtwoord"));
        wachtwoord.clear();
        wachtwoord.sendKeys(Proefopstelling.WACHTWOORD, Keys.ENTER);
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#huishoudens tbody tr")));
        gevonden.addAll(controleer("werklijst"));

        browser.findElement(By.cssSelector("#huishoudens tr[data-id='H01']")).sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.textToBe(By.id("advies-titel"), "Advies voor H01"));
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#advies .optie")));
        gevonden.addAll(controleer("huishouden"));
        browser.findElements(By.cssSelector("#advies button.kies")).get(1).sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("reden")));
        browser.findElement(By.id("bevestig")).sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("keuze-fout"), "reden is verplicht"));
        gevonden.addAll(controleer("huishouden, reden"));
        browser.findElement(By.id("reden")).sendKeys("familie woont in de buurt");
        browser.findElement(By.id("bevestig")).sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), "Vastgelegd: H01"));
        gevonden.addAll(controleer("na een beslissing"));
        for (WebElement terug : browser.findElements(By.cssSelector("#advies .terug"))) {
            if (telefoon && terug.isDisplayed()) {
                terug.click();
            }
        }

        browser.findElement(By.cssSelector(".tab[data-tab='voorstel']")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#voorstel tbody tr")));
        gevonden.addAll(controleer("voorstel van de dag"));

        browser.findElement(By.cssSelector(".tab[data-tab='gemeenten']")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#kaart svg circle")));
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#gemeenten tbody tr")));
        gevonden.addAll(controleer("voortgang en kaart"));

        browser.findElement(By.cssSelector(".tab[data-tab='log']")).click();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "familie woont in de buurt"));
        gevonden.addAll(controleer("auditlog"));

        assertThat(gevonden).as("serious or critical axe-core violations at " + maat).isEmpty();

        // the check itself can fail: a button without a name and a text without contrast are found
        ((JavascriptExecutor) browser).executeScript("const b = document.createElement('button'); b.id = 'proef-knop';"
                + " document.querySelector('main').append(b); const p = document.createElement('p'); p.id = 'proef-tekst';"
                + " p.textContent = 'onleesbaar'; p.style.color = '#eeeeee'; p.style.background = '#ffffff';"
                + " document.querySelector('main').append(p);");
        assertThat(controleer("proef")).anyMatch(r -> r.contains("button-name") && r.contains("#proef-knop"))
                .anyMatch(r -> r.contains("color-contrast") && r.contains("#proef-tekst"));
    }

    /** Runs axe-core on the page as it is now; the serious and critical violations as "view: rule (impact) targets". */
    @SuppressWarnings("unchecked")
    List<String> controleer(String weergave) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
            js.executeScript(axe());
        }
        List<Map<String, Object>> schendingen = (List<Map<String, Object>>) js.executeAsyncScript(
                "const klaar = arguments[arguments.length - 1];"
                + " axe.run(document, {resultTypes: ['violations']}).then(r => klaar(r.violations.map(v => ({"
                + "  id: v.id, impact: v.impact || '', help: v.help,"
                + "  doelen: v.nodes.map(n => n.target.join(' ') + (n.impact && n.impact !== v.impact ? ' [' + n.impact + ']' : ''))"
                + " })).concat(r.passes.length > 0 ? [] : [{id: 'axe-niets', impact: 'critical', help: 'no rule passed', doelen: []}])))"
                + " .catch(e => klaar([{id: 'axe-fout', impact: 'critical', help: String(e), doelen: []}]));");
        System.out.println("axe " + js.executeScript("return axe.version;") + ", " + weergave + ": " + schendingen.size() + " violations");
        List<String> uit = new ArrayList<>();
        for (Map<String, Object> v : schendingen) {
            String regel = weergave + ": " + v.get("id") + " (" + v.get("impact") + ", " + v.get("help") + ") "
                    + v.get("doelen");
            if (ERNSTIG.contains((String) v.get("impact"))) {
                uit.add(regel);
            } else {
                System.out.println("axe, not failing: " + regel);
            }
        }
        return uit;
    }

    private static String axeBron;

    /**
     * axe.min.js from the WebJar on the test classpath, at the version its pom.properties names; with
     * {@code -Dwerkbank.axe=FILE} another copy (a newer axe-core from its npm package, say).
     */
    static synchronized String axe() throws IOException {
        if (axeBron == null && System.getProperty("werkbank.axe") != null) {
            axeBron = Files.readString(Path.of(System.getProperty("werkbank.axe")), StandardCharsets.UTF_8);
        }
        if (axeBron == null) {
            Properties p = new Properties();
            try (InputStream in = lees("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
                p.load(in);
            }
            try (InputStream in = lees("META-INF/resources/webjars/axe-core/" + p.getProperty("version") + "/axe.min.js")) {
                axeBron = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return axeBron;
    }

    private static InputStream lees(String pad) throws IOException {
        InputStream in = WerkbankToegankelijkheidTest.class.getClassLoader().getResourceAsStream(pad);
        if (in == null) {
            throw new IOException("not on the test classpath: " + pad + " (the axe-core WebJar)");
        }
        return in;
    }
}

package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The werkbank page in headless Chromium (Debian's chromium and chromium-driver, driven by Selenium), with the
 * keyboard where a regievoerder would use it: log in, open a household, overrule the advice with a reason, and
 * find that decision in the exported audit log. In CI a missing browser fails the test; elsewhere it is skipped.
 */
class WerkbankPaginaTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path tmp;

    Proefopstelling w;
    WebDriver browser;
    WebDriverWait wacht;

    @BeforeEach
    void start() throws Exception {
        boolean aanwezig = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") == null) {
            assumeTrue(aanwezig, "chromium and chromium-driver are not installed");
        }
        Path invoer = System.getProperty("werkbank.invoer") == null ? Proefopstelling.MINI
                : Path.of(System.getProperty("werkbank.invoer")).toAbsolutePath();
        w = new Proefopstelling(tmp, TestDatabase.h2(tmp), invoer, 1 << 20);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800",
                "--disable-gpu", "--lang=nl-NL");
        ChromeDriverService dienst = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
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

    String basis() {
        return "http://127.0.0.1:" + w.server.port() + "/";
    }

    void login() {
        browser.get(basis());
        WebElement gebruiker = wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-gebruiker")));
        gebruiker.sendKeys("rv-001", Keys.TAB, Proefopstelling.WACHTWOORD, Keys.ENTER);
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("werkbank")));
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#huishoudens tbody tr")));
    }

    @Test
    void overruleWithAReasonAndFindItInTheAuditLog() throws Exception {
        assumeTrue(System.getProperty("werkbank.invoer") == null, "the scenario uses sample-data/mini");
        login();
        assertThat(browser.findElement(By.id("kop-periode")).getText()).contains("Periode 2026-H1");
        WebElement rij = browser.findElement(By.cssSelector("#huishoudens tr[data-id='H01']"));
        assertThat(rij.getText()).contains("H01").contains("7 dagen");
        rij.sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.textToBe(By.id("advies-titel"), "Advies voor H01"));
        List<WebElement> opties = browser.findElements(By.cssSelector("#advies .optie"));
        int toegestaan = w.werkbank.advies("H01", 5).advies().advies().size();
        assertThat(toegestaan).isGreaterThanOrEqualTo(2);
        assertThat(opties).hasSize(toegestaan);
        assertThat(opties.get(0).getText()).contains("regioadvies");
        List<WebElement> knoppen = browser.findElements(By.cssSelector("#advies button.kies"));
        String tweede = knoppen.get(1).getAttribute("data-gemeente");
        // the first button has the focus; Tab to the second option's button and choose it with Enter
        assertThat(browser.switchTo().activeElement().getAttribute("data-gemeente")).isEqualTo(knoppen.get(0).getAttribute("data-gemeente"));
        knoppen.get(1).sendKeys(Keys.ENTER);
        WebElement reden = wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("reden")));
        assertThat(browser.switchTo().activeElement()).isEqualTo(reden);
        browser.findElement(By.id("bevestig")).sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("keuze-fout"), "reden is verplicht"));
        reden = browser.findElement(By.id("reden"));
        reden.sendKeys("familie woont in de buurt");
        browser.findElement(By.id("bevestig")).sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("vastgelegd")));
        assertThat(browser.findElement(By.id("melding")).getText()).contains("H01 naar " + tweede);
        wacht.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#huishoudens tr[data-id='H01']")));

        new Actions(browser).click(browser.findElement(By.cssSelector(".tab[data-tab='log']"))).perform();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "familie woont in de buurt"));
        assertThat(browser.findElement(By.id("log")).getText()).contains("rv-001").contains(tweede);
        new Actions(browser).click(browser.findElement(By.cssSelector(".tab[data-tab='gemeenten']"))).perform();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("gemeenten"), "Groningen"));

        // the exported audit log, fetched with the browser's own session cookie
        String sessie = browser.manage().getCookieNamed("kansrijk_sessie").getValue();
        var http = java.net.http.HttpClient.newHttpClient();
        String csv = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(basis() + "api/export/beslissingen.csv"))
                .header("Cookie", "kansrijk_sessie=" + sessie).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(csv.lines().filter(l -> l.contains(",H01," + tweede + ",") && l.endsWith(",familie woont in de buurt")))
                .hasSize(1);
        assertThat(browser.manage().getCookieNamed("kansrijk_sessie").isHttpOnly()).isTrue();

        Long breedte = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(breedte).as("no horizontal scrolling at 1280x800").isLessThanOrEqualTo(1280);
        Files.write(Path.of("target", "werkbank-1280x800.png"),
                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** With -Dwerkbank.screenshot=FILE (and -Dwerkbank.invoer=DIR): the README's screenshot of the first household. */
    @Test
    void screenshot() throws Exception {
        String doel = System.getProperty("werkbank.screenshot");
        assumeTrue(doel != null, "only with -Dwerkbank.screenshot");
        login();
        browser.findElement(By.cssSelector("#huishoudens tbody tr")).sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#advies .optie")));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('advies').scrollTop = 0;");
        Files.write(Path.of(doel), ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}

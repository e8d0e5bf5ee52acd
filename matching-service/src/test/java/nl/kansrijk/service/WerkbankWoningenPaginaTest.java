package nl.kansrijk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
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
 * The dwellings on the werkbank page, in headless Chromium at desktop (1280x800) and phone (390x844) width, on u16
 * with its pinned households linked in the werkbank: a linked household's panel names its dwelling, a gemeente's
 * dwellings coming free per month are listed under its progress, and an exchange proposal is accepted with one click
 * and appears in the audit log as decisions with the proposal as reason.
 */
class WerkbankWoningenPaginaTest {

    @TempDir
    Path tmp;

    Proefopstelling w;
    WebDriver browser;
    WebDriverWait wacht;

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
    void aHouseholdsDwellingAGemeentesMonthsAndAnExchangeAccepted(String maat) throws Exception {
        boolean aanwezig = Files.isExecutable(WerkbankPaginaTest.CHROMIUM) && Files.isExecutable(WerkbankPaginaTest.CHROMEDRIVER);
        if (System.getenv("CI") == null) {
            assumeTrue(aanwezig, "chromium and chromium-driver are not installed");
        }
        String[] wh = maat.split("x");
        int breedte = Integer.parseInt(wh[0]);
        int hoogte = Integer.parseInt(wh[1]);
        Path invoer = Files.createDirectories(tmp.resolve("u16"));
        Map<String, String> vast = WoningenApiTestBasis.u16ZonderVasteKoppelingen(invoer);
        w = new Proefopstelling(tmp, TestDatabase.h2(tmp), invoer, 4 * 1024 * 1024, LocalDate.of(2026, 2, 2));
        Map<String, String> gemaakt = new LinkedHashMap<>();
        WoningenApiTestBasis.koppel(w.ingelogd("rv-001"), vast, gemaakt);

        ChromeOptions o = new ChromeOptions();
        o.setBinary(WerkbankPaginaTest.CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=" + breedte + "," + hoogte,
                "--disable-gpu", "--lang=nl-NL");
        if (breedte < 500) {
            o.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", breedte, "height", hoogte, "pixelRatio", 1.0, "touch", true)));
        }
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(WerkbankPaginaTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build(), o);
        wacht = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://127.0.0.1:" + w.server.port() + "/");
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-gebruiker")))
                .sendKeys("rv-001", Keys.TAB, Proefopstelling.WACHTWOORD, Keys.ENTER);
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#huishoudens tbody tr")));

        // a linked household: its dwelling from the toewijzing, or that none fits
        String id = gemaakt.keySet().iterator().next();
        new Select(browser.findElement(By.id("f-status"))).selectByValue("gekoppeld");
        WebElement rij = wacht.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#huishoudens tr[data-id='" + id + "']")));
        rij.sendKeys(Keys.ENTER);
        wacht.until(ExpectedConditions.textToBe(By.id("advies-titel"), "Advies voor " + id));
        String woning = w.ingelogd("lz-001").get("/api/huishoudens/" + id).json().get("woning").get("tekst").asString();
        assertThat(browser.findElement(By.cssSelector(".gegevens")).getText()).contains("Woning").contains(woning);
        if (breedte < 700) {
            browser.findElement(By.xpath("//button[contains(., 'Terug naar de lijst')]")).click();
        }

        // a gemeente's dwellings coming free per month, against its koppelingen
        browser.findElement(By.cssSelector(".tab[data-tab='gemeenten']")).click();
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("woningen-blok")));
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#woningen tbody tr")));
        String gemeente = gemaakt.get(id);
        new Select(browser.findElement(By.id("w-gemeente"))).selectByValue(gemeente);
        int maanden = w.ingelogd("lz-001").get("/api/woningen?gemeente=" + gemeente).json().get("maanden").size();
        wacht.until(d -> d.findElements(By.cssSelector("#woningen tbody tr")).size() == maanden);
        assertThat(browser.findElement(By.id("woningen-samenvatting")).getText()).contains("gekoppelde huishoudens hebben een woning");
        assertThat(browser.findElement(By.id("woningen")).getText()).contains("2026");

        // the exchange proposals: the first accepted with one click, then in the audit log
        browser.findElement(By.cssSelector(".tab[data-tab='ruil']")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ruil tbody tr")));
        assertThat(browser.findElement(By.id("ruil-samenvatting")).getText()).contains("ruilvoorstellen, beste eerst");
        WebElement eerste = browser.findElement(By.cssSelector("#ruil tbody tr"));
        String pool = eerste.findElement(By.cssSelector("td[data-label='Pool']")).getText();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                eerste.findElement(By.cssSelector("button.ruil-aanvaard")));
        eerste.findElement(By.cssSelector("button.ruil-aanvaard")).click();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), "aanvaard"));
        assertThat(browser.findElement(By.id("melding")).getText()).contains("in het beslisregister");
        browser.findElement(By.cssSelector(".tab[data-tab='log']")).click();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log"), "ruilvoorstel " + pool));
        Long scroll = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(scroll).isLessThanOrEqualTo(0L);
        browser.findElement(By.cssSelector(".tab[data-tab='ruil']")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ruil tbody tr")));
        Files.write(Path.of("target", "werkbank-ruil-" + maat + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}

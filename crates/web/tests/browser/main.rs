//! Browser tests: the site in real headless Chromium, driven through chromedriver, for what
//! only a browser shows: keyboard use, layout on a phone, forms and the back button.
//!
//! They need Debian's `chromium` and `chromium-driver`; `cargo xtask test` installs them. A
//! missing browser fails the tests, it does not skip them.
//!
//! The accessibility tests run axe-core 4.14.1 from npm (`axe.min.js`, MPL-2.0: `axe-core-LICENSE.txt`).

use std::{
    net::TcpListener,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use fantoccini::{Client, ClientBuilder, Locator, key::Key};
use serde_json::json;
use store::{Author, ImportMode, Location, Store};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

fn no_progress(_: u64, _: u64) {}

/// The site over a demo store, chromedriver, and a browser session; torn down when dropped.
struct Browser {
    client: Client,
    base: String,
    store: Store,
    driver: Child,
    _profile: tempfile::TempDir,
    _data: tempfile::TempDir,
}

impl Browser {
    async fn start(width: u32, height: u32) -> Browser {
        assert!(
            std::path::Path::new(CHROMIUM).exists(),
            "{CHROMIUM} is missing: install Debian's chromium (cargo xtask test does)"
        );
        assert!(
            std::path::Path::new(CHROMEDRIVER).exists(),
            "{CHROMEDRIVER} is missing: install Debian's chromium-driver (cargo xtask test does)"
        );

        let data = tempfile::tempdir().unwrap();
        let store = Store::open(&Location::SqliteFile(data.path().join("vawdb.sqlite"))).await.unwrap();
        store
            .load_reference(&reference::reference_data().unwrap(), &Author::process("test"), &no_progress)
            .await
            .unwrap();
        let catalogue = store.catalogue().await.unwrap();
        let document = domain::exchange::parse(reference::DEMO_2009_JSON).unwrap();
        let valid = domain::exchange::validate(
            document,
            &catalogue,
            domain::exchange::ImportDefaults { state: domain::measure::MeasureState::Published },
        )
        .unwrap();
        store.import(&valid, &Author::process("test"), ImportMode::Commit, &no_progress).await.unwrap();
        let listener = web::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (search_index, _) =
            search::SearchIndex::open(&data.path().join("search"), &store, &no_progress).await.unwrap();
        search_index.follow(store.clone());
        let state = web::AppState::new(store.clone(), search_index).await.unwrap();
        tokio::spawn(web::serve(listener, state, std::future::pending()));

        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let profile = tempfile::tempdir().unwrap();
        let capabilities = json!({
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    format!("--user-data-dir={}", profile.path().display()),
                    format!("--window-size={width},{height}"),
                ]
            }
        });
        let capabilities = capabilities.as_object().unwrap().clone();
        let deadline = Instant::now() + Duration::from_secs(20);
        let client = loop {
            match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(client) => break client,
                Err(error) if Instant::now() < deadline => {
                    let _ = error;
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                Err(error) => panic!("cannot start a browser session through chromedriver: {error}"),
            }
        };
        Browser { client, base, store, driver, _profile: profile, _data: data }
    }

    async fn open(&self, path: &str) {
        self.client.goto(&format!("{}{path}", self.base)).await.unwrap();
    }

    async fn fill(&self, css: &str, text: &str) {
        let field = self.client.find(Locator::Css(css)).await.unwrap();
        field.clear().await.unwrap();
        field.send_keys(text).await.unwrap();
    }

    /// Clicks what `css` finds and waits for the page the click leads to.
    async fn click(&self, css: &str) {
        self.script("window.vawdbOldPage = true; return null").await;
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|error| panic!("{css}: {error}"))
            .click()
            .await
            .unwrap();
        self.wait_for_new_page().await;
    }

    async fn wait_for_new_page(&self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let loaded = self
                .client
                .execute("return window.vawdbOldPage === undefined && document.readyState === 'complete'", vec![])
                .await
                .unwrap_or(serde_json::Value::Bool(false));
            if loaded == serde_json::Value::Bool(true) {
                return;
            }
            assert!(Instant::now() < deadline, "no new page after 10 s");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the element with id `id` reads `expected` (after the back button, say).
    async fn wait_for_text(&self, id: &str, expected: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let text = match self.client.find(Locator::Id(id)).await {
                Ok(element) => element.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if text == expected {
                return;
            }
            assert!(Instant::now() < deadline, "#{id} reads {text:?}, not {expected:?}, after 10 s");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Follows the link whose text is `text` and waits for its page.
    async fn click_link(&self, text: &str) {
        self.script("window.vawdbOldPage = true; return null").await;
        let xpath = format!("//main//a[normalize-space()='{text}']");
        self.client
            .find(Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|error| panic!("{text}: {error}"))
            .click()
            .await
            .unwrap();
        self.wait_for_new_page().await;
    }

    /// Presses Enter in the focused field and waits for the page it leads to.
    async fn press_enter(&self) {
        self.script("window.vawdbOldPage = true; return null").await;
        self.client.active_element().await.unwrap().send_keys(&Key::Enter.to_string()).await.unwrap();
        self.wait_for_new_page().await;
    }

    async fn text(&self) -> String {
        match self.client.find(Locator::Css("main")).await {
            Ok(main) => main.text().await.unwrap(),
            Err(_) => panic!(
                "{} has no main element: {}",
                self.client.current_url().await.unwrap(),
                self.client.source().await.unwrap()
            ),
        }
    }

    async fn sign_in(&self, username: &str, password: &str) {
        self.open("/sign-in").await;
        self.fill("#username", username).await;
        self.fill("#password", password).await;
        self.press_enter().await;
        let nav = self.client.find(Locator::Css(".site-header")).await.unwrap().text().await.unwrap();
        assert!(nav.contains("Sign out"), "signed in as {username}: {nav}");
    }

    async fn sign_out(&self) {
        self.click(".site-header .link-button").await;
        let nav = self.client.find(Locator::Css(".site-header")).await.unwrap().text().await.unwrap();
        assert!(nav.contains("Sign in"), "{nav}");
    }

    async fn script(&self, script: &str) -> serde_json::Value {
        self.client.execute(script, vec![]).await.unwrap()
    }

    /// Publishes 20,000 generated incident records from a Kenyan helpline, so that the
    /// statistics pages show tables.
    async fn publish_generated_statistics(&self) {
        use incident_statistics::{dimension::Classification, generator::IncidentGenerator, upload_read::Upload};
        let classification = Classification::new(self.store.catalogue().await.unwrap().countries());
        let records: Vec<_> = IncidentGenerator::new(11, &classification, 2025).take(20_000).collect();
        let dataset = store::NewStatisticsDataset {
            provider_country: 404,
            provider: "Kenya Migrant Workers Helpline",
            file_name: "helpline.csv",
            file_digest: "0",
            threshold: 11,
            state: store::DatasetState::Published,
        };
        self.store
            .add_statistics_dataset(&dataset, &Upload::Records(records), &classification, &Author::process("test"))
            .await
            .unwrap();
    }

    async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_skip_link_is_the_first_stop_for_the_keyboard_and_leads_to_the_content() {
    let browser = Browser::start(1280, 900).await;
    browser.open("/search").await;
    browser.client.find(Locator::Css("body")).await.unwrap().send_keys(&Key::Tab.to_string()).await.unwrap();
    let focused = browser.script("return document.activeElement.className").await;
    assert_eq!(focused, "skip-link");
    let visible = browser
        .script("const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom > 0")
        .await;
    assert_eq!(visible, true, "the focused skip link is on screen");
    browser.client.active_element().await.unwrap().send_keys(&Key::Enter.to_string()).await.unwrap();
    assert_eq!(browser.script("return document.activeElement.id").await, "main");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_old_list_address_leads_to_browsing_and_a_facet_is_an_address_the_back_button_undoes() {
    let browser = Browser::start(1280, 900).await;
    browser.open("/measures?lang=fr").await;
    let url = browser.client.current_url().await.unwrap();
    assert_eq!(url.path(), "/search", "the old list address leads to the one list of measures");
    assert_eq!(url.query(), Some("lang=fr"));
    browser.wait_for_text("results-heading", "184 mesures trouvées").await;
    browser.open("/search").await;
    browser.click("#facet-type + ul a[href='/search?type=training']").await;
    let url = browser.client.current_url().await.unwrap();
    assert!(url.query().unwrap().contains("type=training"), "{url}");
    browser.wait_for_text("results-heading", "17 measures found").await;

    browser.client.back().await.unwrap();
    browser.wait_for_text("results-heading", "184 measures found").await;
    browser.client.goto(url.as_str()).await.unwrap();
    browser.wait_for_text("results-heading", "17 measures found").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_phone_no_page_scrolls_sideways_in_any_direction_of_writing() {
    let browser = Browser::start(390, 844).await;
    for path in [
        "/",
        "/search?lang=ar",
        "/about?lang=fr",
        "/cycles",
        "/countries/THA?lang=ar",
        "/countries",
        "/cycles/2009",
        "/vocabularies/type?lang=zh",
        "/search?q=trafficking",
        "/search?q=%D8%A7%D9%84%D9%85%D9%87%D8%A7%D8%AC%D8%B1%D8%A7%D8%AA&lang=ar",
        "/vocabularies/keyword/migrant-women",
        "/statistics",
        "/instruments",
        "/instruments/untoc",
        "/instruments/untoc?lang=ar",
        "/countries?lang=ru",
    ] {
        browser.open(path).await;
        let overflow =
            browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth").await;
        assert_eq!(overflow, 0, "{path} is wider than the phone's screen");
        let heading = browser.script("const r = document.querySelector('h1').getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth && r.width > 0").await;
        assert_eq!(heading, true, "{path}: the page heading is on screen");
    }
    browser.close().await;
}

/// A script that gives how far down the viewport the first element `css` finds begins, in
/// pixels (negative once scrolled past).
fn top_of(css: &str) -> String {
    format!("return Math.round(document.querySelector('{css}').getBoundingClientRect().top)")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_phone_search_results_come_first_and_a_link_at_their_top_leads_to_the_filters() {
    let phone = Browser::start(390, 844).await;
    for path in ["/search?q=trafficking", "/search?q=trafficking&country=THA&lang=ar", "/search?lang=zh"] {
        phone.open(path).await;
        let first_hit = phone.script(&top_of(".hits > li")).await.as_i64().unwrap();
        assert!(first_hit < 844, "{path}: the first result starts {first_hit} px down, below the first screen");
        let jump = phone.script(&top_of(".filters-jump a")).await.as_i64().unwrap();
        assert!(jump < first_hit, "{path}: the link to the filters is above the results");
    }
    phone.open("/search?q=trafficking&country=THA").await;
    let label = phone.script("return document.querySelector('.filters-jump a').textContent").await;
    assert_eq!(label, "Refine these results (1 chosen)");
    // A link within the page: no new page loads, the filters scroll into view.
    phone.client.find(Locator::Css(".filters-jump a")).await.unwrap().click().await.unwrap();
    let facets = phone.script(&top_of("#facets-heading")).await.as_i64().unwrap();
    assert!((0..844).contains(&facets), "following the link shows the filters ({facets} px)");
    phone.close().await;
    // On a wide screen the filters stand beside the results, and the link is not shown.
    let desktop = Browser::start(1366, 900).await;
    desktop.open("/search?q=trafficking").await;
    let shown = desktop.script("return document.querySelector('.filters-jump').getBoundingClientRect().height").await;
    assert_eq!(shown.as_f64(), Some(0.0));
    let (aside, results) = (
        desktop.script("return document.querySelector('.facets').getBoundingClientRect().left").await,
        desktop.script("return document.querySelector('.results').getBoundingClientRect().left").await,
    );
    assert!(aside.as_f64().unwrap() < results.as_f64().unwrap(), "the filters are on the left of the results");
    desktop.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_phone_a_country_page_links_to_its_measures_from_the_first_screen() {
    let phone = Browser::start(390, 844).await;
    for path in ["/countries/THA", "/countries/PHL?lang=ar", "/countries/THA?lang=zh"] {
        phone.open(path).await;
        let link = phone.script(&top_of(".page-contents a[href$=measures-heading]")).await.as_i64().unwrap();
        assert!(link < 844, "{path}: the link to the measures is {link} px down");
        phone
            .client
            .find(Locator::Css(".page-contents a[href$=measures-heading]"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        let heading = phone.script(&top_of("#measures-heading")).await.as_i64().unwrap();
        assert!((0..844).contains(&heading), "{path}: following the link shows the measures ({heading} px)");
    }
    // A measure's terms take the width of the screen, not a column a word or two wide.
    phone.open("/measures/154").await;
    let narrowest = phone
        .script("return Math.min(...[...document.querySelectorAll('.classification .tags')].map(list => list.getBoundingClientRect().width))")
        .await;
    assert!(narrowest.as_f64().unwrap() > 300.0, "the terms are squeezed into {narrowest} px");
    phone.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn searching_by_keyboard_then_choosing_a_facet_is_an_address_the_back_button_undoes() {
    let browser = Browser::start(1280, 900).await;
    browser.open("/").await;
    let results_heading =
        || async { browser.client.find(Locator::Id("results-heading")).await.unwrap().text().await.unwrap() };
    // Type in the home page's search box and press Enter: no mouse.
    let input = browser.client.find(Locator::Id("home-search")).await.unwrap();
    input.send_keys("travailleuses migrantes").await.unwrap();
    browser.press_enter().await;
    let url = browser.client.current_url().await.unwrap();
    assert_eq!(url.path(), "/search");
    assert!(url.query().unwrap().contains("q=travailleuses+migrantes"), "{url}");
    let first = results_heading().await;
    assert!(first.ends_with("measures found"), "{first}");

    // Move through the facet links with the keyboard to the country facet's first value.
    let target = browser.client.find(Locator::Css("#facet-country + ul a")).await.unwrap();
    let target_href = target.attr("href").await.unwrap().unwrap();
    let mut reached = false;
    for _ in 0..200 {
        browser.client.active_element().await.unwrap().send_keys(&Key::Tab.to_string()).await.unwrap();
        let focused = browser.script("return document.activeElement.getAttribute('href')").await;
        if focused == target_href.as_str() {
            reached = true;
            break;
        }
    }
    assert!(reached, "the country facet can be reached with the Tab key");
    browser.press_enter().await;
    let filtered_url = browser.client.current_url().await.unwrap();
    assert!(filtered_url.query().unwrap().contains("country="), "{filtered_url}");
    assert!(filtered_url.query().unwrap().contains("q=travailleuses"), "the text is kept: {filtered_url}");
    let filtered = results_heading().await;
    assert_ne!(filtered, first);

    browser.client.back().await.unwrap();
    browser.wait_for_text("results-heading", &first).await;
    assert_eq!(results_heading().await, first, "back returns to the results before the facet");
    browser.client.goto(filtered_url.as_str()).await.unwrap();
    assert_eq!(results_heading().await, filtered, "the same address shows the same results");
    browser.close().await;
}

/// A row of the measure table, `values` by column name.
fn table_row(values: &[(&str, &str)]) -> Vec<String> {
    let mut cells = vec![String::new(); measure_table::COLUMNS.len()];
    for (column, value) in values {
        cells[measure_table::COLUMNS.iter().position(|name| name == column).unwrap()] = (*value).to_owned();
    }
    cells
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_focal_points_import_goes_through_review_to_the_public_search() {
    let browser = Browser::start(1280, 900).await;
    let password = "correct horse battery staple";
    let kenya = domain::country::M49::new(404).unwrap();
    for (username, role) in [
        ("fp@kenya.example", domain::account::Role::FocalPoint { country: kenya }),
        ("editor@un.example", domain::account::Role::Editor),
    ] {
        let account = store::NewAccount {
            username: domain::account::Username::parse(username).unwrap(),
            display_name: username.to_owned(),
            role,
            password_hash: credentials::PasswordHash::new(password).as_str().to_owned(),
        };
        browser.store.create_account(&account, &Author::process("test")).await.unwrap();
    }
    let files = tempfile::tempdir().unwrap();
    let measure = |kind: &str| {
        table_row(&[
            ("id", "2026-KEN-kakamega"),
            ("country", "KEN"),
            ("type", kind),
            ("keyword", "migrant-women"),
            ("title_en", "Kakamega shelter for returning women migrant workers"),
            ("description_en", "A shelter with legal aid, opened in Kakamega County."),
        ])
    };
    let other = table_row(&[
        ("id", "2026-KEN-hotline"),
        ("country", "KEN"),
        ("type", "protection.services.hotlines"),
        ("title_en", "Hotline for Kenyan women working abroad"),
        ("description_en", "A free hotline, answered day and night."),
    ]);
    let bad = files.path().join("kenya-bad.xlsx");
    std::fs::write(&bad, measure_table::xlsx(&[other.clone(), measure("protection.shelterz")]).unwrap()).unwrap();
    let good = files.path().join("kenya.xlsx");
    std::fs::write(&good, measure_table::xlsx(&[other, measure("protection.services.shelters")]).unwrap()).unwrap();

    // The focal point imports a file with a bad row, reads where it is, and imports the fixed one.
    browser.sign_in("fp@kenya.example", password).await;
    browser.open("/import").await;
    browser.client.find(Locator::Id("file")).await.unwrap().send_keys(&bad.display().to_string()).await.unwrap();
    browser.click("button[value='check']").await;
    let refused = browser.text().await;
    assert!(refused.contains("kenya-bad.xlsx, row 3, column type"), "{refused}");
    assert!(refused.contains("protection.shelterz"), "{refused}");
    browser.client.find(Locator::Id("file")).await.unwrap().send_keys(&good.display().to_string()).await.unwrap();
    browser.click("button[value='check']").await;
    assert!(browser.text().await.contains("will create 2"));
    browser.click("button[value='import']").await;
    assert!(browser.text().await.contains("Created 2"));

    // It submits the measure from its work list.
    browser.open("/work").await;
    browser.click_link("Kakamega shelter for returning women migrant workers").await;
    browser.click("form:has(input[value='submit']) button").await;
    assert!(browser.text().await.contains("submitted"));
    browser.sign_out().await;

    // An editor publishes it.
    browser.sign_in("editor@un.example", password).await;
    browser.open("/work").await;
    browser.click_link("Kakamega shelter for returning women migrant workers").await;
    browser.click("form:has(input[value='publish']) button").await;
    assert!(browser.text().await.contains("published"));
    browser.sign_out().await;

    // The public finds it by searching, within a few seconds at most.
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        browser.open("/").await;
        browser.fill("#home-search", "Kakamega").await;
        browser.press_enter().await;
        let results = browser.text().await;
        if results.contains("Kakamega shelter for returning women migrant workers") {
            assert!(!results.contains("Hotline for Kenyan women"), "the other import is still a draft");
            break;
        }
        assert!(Instant::now() < deadline, "the published measure is not found: {results}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    browser.close().await;
}

/// Every problem of a refused form: whether its message is beside a field that names it in
/// `aria-describedby` and is marked invalid, and whether the summary's link leads to that field.
const FORM_PROBLEMS: &str = r#"
const found = [];
for (const message of document.querySelectorAll('.field-error')) {
  const described = [...document.querySelectorAll('[aria-describedby]')]
    .filter((field) => field.getAttribute('aria-describedby').split(' ').includes(message.id));
  found.push({
    message: message.id,
    fields: described.length,
    invalid: described.every((field) => field.getAttribute('aria-invalid') === 'true'),
  });
}
const links = [...document.querySelectorAll('#form-problems a')].map((link) => {
  const target = document.getElementById(link.getAttribute('href').slice(1));
  return { href: link.getAttribute('href'), exists: target !== null, text: link.textContent };
});
return { found, links };
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_problem_of_a_refused_measure_form_is_linked_to_its_field_in_every_direction_of_writing() {
    let browser = Browser::start(390, 844).await;
    let password = "correct horse battery staple";
    let account = store::NewAccount {
        username: domain::account::Username::parse("editor@un.example").unwrap(),
        display_name: "Editor".to_owned(),
        role: domain::account::Role::Editor,
        password_hash: credentials::PasswordHash::new(password).as_str().to_owned(),
    };
    browser.store.create_account(&account, &Author::process("test")).await.unwrap();
    browser.sign_in("editor@un.example", password).await;
    for language in ["en", "ar"] {
        browser.open(&format!("/measures/new?lang={language}")).await;
        // The title comes first: on a phone it is on the first screen.
        let title = browser.script(&top_of("input[name^=title_]")).await.as_i64().unwrap();
        assert!(title < 844, "{language}: the title field is {title} px down");
        browser.fill("#field-year-from", "2030").await;
        browser.fill("#field-year-to", "2020").await;
        browser.fill("#field-id", "an id with spaces").await;
        browser.click(".measure-form button[type=submit]").await;
        let report = browser.script(FORM_PROBLEMS).await;
        let found = report["found"].as_array().unwrap();
        let links = report["links"].as_array().unwrap();
        assert!(found.len() >= 3, "{language}: the id, the years and the missing text are each wrong: {report}");
        for problem in found {
            assert_eq!(problem["fields"], 1, "{language}: {problem} describes exactly one field");
            assert_eq!(problem["invalid"], true, "{language}: {problem}'s field is marked invalid");
        }
        assert!(links.len() >= found.len(), "{language}: the summary lists every problem: {report}");
        for link in links {
            assert_eq!(link["exists"], true, "{language}: {link} leads to a field");
        }
        // Following the summary's first link brings its field on screen.
        browser.client.find(Locator::Css("#form-problems a")).await.unwrap().click().await.unwrap();
        let target = links[0]["href"].as_str().unwrap().to_owned();
        let top = browser.script(&top_of(&target)).await.as_i64().unwrap();
        assert!((0..844).contains(&top), "{language}: {target} is at {top} px after following its link");
    }
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_phone_a_statistics_table_is_chosen_by_keyboard_and_its_map_is_drawn() {
    let browser = Browser::start(390, 844).await;
    browser.publish_generated_statistics().await;

    // Forms of violence by nationality is a table of the public release.
    browser.open("/statistics?columns=form").await;
    // Choose the rows by keyboard: focus the list, type the start of "Nationality", submit.
    browser.client.find(Locator::Id("rows")).await.unwrap().send_keys("Nat").await.unwrap();
    let chosen = browser.script("return document.getElementById('rows').value").await;
    assert_eq!(chosen, "nationality");
    browser.click(".pivot-form button[type=submit]").await;
    let address = browser.client.current_url().await.unwrap();
    assert!(address.as_str().contains("rows=nationality"), "the table is an address to share: {address}");
    let text = browser.text().await;
    assert!(text.contains("Philippines") && text.contains("Published table"), "{text}");
    // Both pictures load as images, and the table scrolls inside its box, not the page.
    for image in ["img.stacked-bars", "img.world-map"] {
        let drawn = browser
            .script(&format!(
                "const i = document.querySelector('{image}'); return i !== null && i.complete && i.naturalWidth > 0"
            ))
            .await;
        assert_eq!(drawn, true, "{image} is drawn");
    }
    let overflow =
        browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth").await;
    assert_eq!(overflow, 0, "the statistics page is wider than the phone's screen");
    browser.close().await;
}

/// Every text node of the page that holds Latin letters and is not isolated from the Arabic
/// around it: by an element that sets `dir` or a `lang` other than Arabic, by `<bdi>`, or by
/// the isolate characters U+2066 to U+2069 around the Latin run.
const TEXT_NOT_ISOLATED: &str = r#"
const outside = [];
const isolated = (element) => {
  for (let e = element; e && e !== document.documentElement; e = e.parentElement) {
    if (e.tagName === 'BDI' || e.hasAttribute('dir') || (e.hasAttribute('lang') && e.getAttribute('lang') !== 'ar')) return true;
    if (e.tagName === 'SCRIPT' || e.tagName === 'STYLE') return true;
  }
  return false;
};
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const node = walker.currentNode;
  const bare = node.nodeValue.replace(/[\u2066-\u2068][^\u2069]*\u2069/g, '');
  if (/[A-Za-z]/.test(bare) && !isolated(node.parentElement)) {
    outside.push(node.parentElement.tagName.toLowerCase() + ': ' + node.nodeValue.trim().slice(0, 80));
  }
}
for (const element of document.querySelectorAll('[title], [aria-label], [alt], [placeholder]')) {
  for (const name of ['title', 'aria-label', 'alt', 'placeholder']) {
    const value = (element.getAttribute(name) || '').replace(/[\u2066-\u2068][^\u2069]*\u2069/g, '');
    if (/[A-Za-z]/.test(value) && !isolated(element)) outside.push(name + ': ' + value.slice(0, 80));
  }
}
return outside;
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_arabic_pages_no_latin_text_is_left_outside_an_isolate() {
    let browser = Browser::start(1366, 900).await;
    let mut problems = Vec::new();
    for path in [
        "/?lang=ar",
        "/search?q=trafficking&lang=ar",
        "/search?q=%D8%A7%D9%84%D8%A7%D8%AA%D8%AC%D8%A7%D8%B1&lang=ar",
        "/search?lang=ar",
        "/measures/1?lang=ar",
        "/about?lang=ar",
        "/countries?lang=ar",
        "/countries/THA?lang=ar",
        "/cycles?lang=ar",
        "/cycles/2009?lang=ar",
        "/instruments?lang=ar",
        "/instruments/untoc?lang=ar",
        "/statistics?lang=ar",
        "/vocabularies/type?lang=ar",
        "/vocabularies/form/trafficking?lang=ar",
        "/sign-in?lang=ar",
    ] {
        browser.open(path).await;
        let outside = browser.script(TEXT_NOT_ISOLATED).await;
        for text in outside.as_array().unwrap() {
            problems.push(format!("{path}: {}", text.as_str().unwrap()));
        }
    }
    browser.close().await;
    assert!(problems.is_empty(), "Latin text outside an isolate on Arabic pages:\n{}", problems.join("\n"));
}

/// axe-core, the accessibility rules engine, as published on npm (the version is in the
/// module's doc comment).
const AXE: &str = include_str!("axe.min.js");

/// Runs axe on the page and gives its serious and critical violations, each with its rule, its
/// impact, what it asks and the selectors of the first elements it found.
const AXE_RUN: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, { resultTypes: ['violations'] }).then(
  (results) => done(results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      count: violation.nodes.length,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.flat().join(' ')),
    }))),
  (error) => done({ error: String(error) }),
);
"#;

/// The pages anyone can open, with a selector each must show, so that a page that did not come
/// out as expected (no table, no results) is not checked in its place.
const PUBLIC_PAGES: &[(&str, &str)] = &[
    ("/", "#home-search"),
    ("/search", ".hits"),
    ("/search?q=trafficking", ".hits"),
    ("/search?q=trafficking&country=THA", ".active-filters"),
    ("/measures/1", ".classification"),
    ("/countries", ".table-scroll table"),
    ("/countries/THA", "table.treaties"),
    ("/countries/PHL", "table.treaties"),
    ("/cycles", "main h1"),
    ("/cycles/2009", "main h1"),
    ("/cycles/2009/report", ".report"),
    ("/instruments", "table.instruments"),
    ("/instruments/untoc", ".table-scroll table"),
    ("/vocabularies/type", ".tree"),
    ("/vocabularies/keyword/migrant-women", "main h1"),
    ("/statistics", "table.pivot"),
    ("/statistics?rows=nationality&columns=form", "table.pivot"),
    ("/about", "#cycles-caption"),
    ("/sign-in", "#password"),
    ("/measures/999999", "main h1"),
];

/// The forms and lists of people who work on the data, seen by an administrator.
const SIGNED_IN_PAGES: &[(&str, &str)] = &[
    ("/measures/new", ".measure-form"),
    ("/measures/1/edit", ".measure-form"),
    ("/measures/1/history", "table.diff"),
    ("/import", "#file"),
    ("/cycles/new", "main form"),
    ("/cycles/2009/replies", "main form"),
    ("/account", "#new_password"),
    ("/admin/accounts", "table.accounts"),
    ("/admin/audit", ".table-scroll table"),
    ("/work", "main h1"),
    ("/statistics/datasets", ".table-scroll table"),
    ("/statistics?view=whole&rows=nationality&columns=form", "table.pivot"),
];

impl Browser {
    /// The serious and critical axe violations of the page now open, each as a line naming
    /// `page`, the language, the width, the rule and the first elements it found.
    async fn axe_violations(&self, page: &str, language: &str, width: u32) -> Vec<String> {
        self.client.execute(AXE, vec![]).await.unwrap();
        let found = self.client.execute_async(AXE_RUN, vec![]).await.unwrap();
        let violations =
            found.as_array().unwrap_or_else(|| panic!("{page} ({language}, {width} px): axe failed: {found}"));
        violations
            .iter()
            .map(|violation| {
                format!(
                    "{page} ({language}, {width} px): {} ({}, {} elements): {}; first: {}",
                    violation["rule"].as_str().unwrap(),
                    violation["impact"].as_str().unwrap(),
                    violation["count"],
                    violation["help"].as_str().unwrap(),
                    violation["targets"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|t| t.as_str().unwrap())
                        .collect::<Vec<_>>()
                        .join(" | "),
                )
            })
            .collect()
    }

    /// Opens each page in English and in Arabic, checks it is the page asked for, and gives
    /// every serious or critical axe violation found on them.
    async fn axe_check(&self, pages: &[(&str, &str)], width: u32) -> Vec<String> {
        let mut problems = Vec::new();
        for (path, shown) in pages {
            for language in ["en", "ar"] {
                let separator = if path.contains('?') { '&' } else { '?' };
                self.open(&format!("{path}{separator}lang={language}")).await;
                let page = self.script(&format!(
                    "return [document.documentElement.lang, location.pathname, document.querySelector('{shown}') !== null]"
                ))
                .await;
                let expected_path = path.split('?').next().unwrap();
                assert_eq!(
                    page,
                    json!([language, expected_path, true]),
                    "{path} ({language}) is not the page to check: it needs {shown}"
                );
                problems.extend(self.axe_violations(path, language, width).await);
            }
        }
        problems
    }
}

/// Checks every public page and every signed-in form with axe-core at one window size, in a
/// language written left to right and one written right to left: keyboard users must reach
/// every part of a page, and screen-reader users must hear what each part is, on a phone as
/// on a desktop. A violation axe rates serious or critical fails the test.
async fn no_page_has_a_serious_axe_violation_at(width: u32, height: u32) {
    let browser = Browser::start(width, height).await;
    // Published statistics, so that the statistics pages and the datasets list show tables.
    browser.publish_generated_statistics().await;
    let password = "correct horse battery staple";
    let administrator = store::NewAccount {
        username: domain::account::Username::parse("admin@un.example").unwrap(),
        display_name: "Administrator".to_owned(),
        role: domain::account::Role::Administrator,
        password_hash: credentials::PasswordHash::new(password).as_str().to_owned(),
    };
    browser.store.create_account(&administrator, &Author::process("test")).await.unwrap();

    let mut problems = browser.axe_check(PUBLIC_PAGES, width).await;
    // A refused sign-in: the error message is part of the form a screen reader must announce.
    for language in ["en", "ar"] {
        browser.open(&format!("/sign-in?lang={language}")).await;
        browser.fill("#username", "nobody@un.example").await;
        browser.fill("#password", "not the password").await;
        browser.press_enter().await;
        problems.extend(browser.axe_violations("/sign-in (refused)", language, width).await);
    }
    browser.sign_in("admin@un.example", password).await;
    problems.extend(browser.axe_check(SIGNED_IN_PAGES, width).await);
    browser.close().await;
    assert!(problems.is_empty(), "serious or critical axe violations:\n{}", problems.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn accessibility_no_page_has_a_serious_axe_violation_on_a_desktop() {
    no_page_has_a_serious_axe_violation_at(1366, 900).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn accessibility_no_page_has_a_serious_axe_violation_on_a_phone() {
    no_page_has_a_serious_axe_violation_at(390, 844).await;
}

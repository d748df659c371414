//! `GET /about`, the site's identity from `site.toml`, and its icons.

use crate::support::{TestApp, between};

#[tokio::test]
async fn the_about_page_gives_the_sources_the_data_date_and_how_to_cite() {
    let app = TestApp::with_demo().await;
    let html = app.page("/about").await;
    assert!(html.contains("<h1>About this database</h1>"));
    let today = time::OffsetDateTime::now_utc().date();
    let as_at = between(&html, "<dt>Data as at</dt><dd>", "</dd>");
    assert!(as_at.ends_with(&today.year().to_string()), "the demo was published today: {as_at}");
    let cycles = between(&html, "<tbody>", "</tbody>");
    assert!(cycles.contains(r#"<a href="https://undocs.org/A/64/152">A/64/152</a>"#), "{cycles}");
    assert!(cycles.contains("1 June 2009"), "{cycles}");
    assert!(cycles.contains(r#"<a href="/search?cycle=2009">184</a>"#), "{cycles}");
    let measure = between(&html, "<h3>A measure</h3>\n  <p class=\"citation\">", "</p>");
    assert!(measure.starts_with("Database on violence against women migrant workers, “"), "{measure}");
    assert!(measure.contains("reported in A/64/152 (2009). Available at http://localhost/measures/"), "{measure}");
    assert!(measure.contains("(accessed "), "{measure}");
    assert!(
        html.contains(r#"<a href="/about">About this database: sources and how to cite</a>"#),
        "the footer links here"
    );
    assert!(!html.contains(r#"<h2 id="contact-heading">"#), "no contact is configured");
}

#[tokio::test]
async fn the_about_page_and_citations_are_in_the_page_language() {
    let app = TestApp::with_demo().await;
    let french = app.page("/about?lang=fr").await;
    assert!(french.contains("<h1>À propos de cette base de données</h1>"));
    let citation = between(&french, "<h3>Une mesure</h3>\n  <p class=\"citation\">", "</p>");
    assert!(
        citation.starts_with("Base de données sur la violence à l&#x27;égard des travailleuses migrantes, « "),
        "{citation}"
    );
    assert!(citation.contains("?lang=fr (consulté le "), "{citation}");
    let chinese = app.page("/about?lang=zh").await;
    assert!(chinese.contains("<title>关于本数据库 · 暴力侵害移徙女工行为数据库</title>"));
}

#[tokio::test]
async fn the_site_calls_itself_what_site_toml_says_and_shows_its_contact_and_logo() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join("logo.svg"), r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"/>"#)
        .unwrap();
    let file = folder.path().join("site.toml");
    let text = r#"
address = "https://vaw.example.org/"
contact = "vaw-database@example.org"
logo = "logo.svg"

[name]
en = "Migrant Women Measures"
fr = "Mesures pour les travailleuses migrantes"

[short_name]
en = "MWM"

[publisher]
en = "Example Secretariat"

[about]
en = "Kept by the Example Secretariat."
"#;
    std::fs::write(&file, text).unwrap();
    let site = web::SiteIdentity::from_toml(text, &file).unwrap();
    let app = TestApp::with_demo_and_config(web::WebConfig { site, ..Default::default() }).await;

    let home = app.page("/").await;
    assert!(home.contains(" · MWM</title>"), "{}", between(&home, "<title>", "</title>"));
    assert!(
        home.contains(
            r#"<img class="site-logo" src="/assets/site-logo" alt=""><strong>Migrant Women Measures</strong>"#
        )
    );
    let logo = app.get("/assets/site-logo").await;
    assert_eq!(logo.status, 200);
    assert_eq!(logo.headers["content-type"], "image/svg+xml");

    let about = app.page("/about").await;
    assert!(about.contains("<p class=\"lead\">Kept by the Example Secretariat.</p>"));
    assert!(about.contains(r#"<a href="mailto:vaw-database@example.org" dir="ltr">vaw-database@example.org</a>"#));
    let citation = between(&about, "<h3>A measure</h3>\n  <p class=\"citation\">", "</p>");
    assert!(citation.starts_with("Example Secretariat, Migrant Women Measures, “"), "{citation}");
    assert!(citation.contains("Available at https://vaw.example.org/measures/"), "{citation}");

    // A name given in English and French only: the Arabic page shows the English one, marked.
    let arabic = app.page("/?lang=ar").await;
    assert!(arabic.contains(r#"<strong lang="en" dir="auto">Migrant Women Measures</strong>"#));
    let french = app.page("/?lang=fr").await;
    assert!(french.contains("<strong>Mesures pour les travailleuses migrantes</strong>"));
}

#[tokio::test]
async fn without_a_logo_there_is_none_and_the_icons_are_served() {
    let app = TestApp::with_demo().await;
    assert_eq!(app.get("/assets/site-logo").await.status, 404);
    let icon = app.get("/favicon.ico").await;
    assert_eq!(icon.status, 200);
    assert_eq!(icon.headers["content-type"], "image/x-icon");
    assert_eq!(&icon.bytes[..4], &[0, 0, 1, 0], "an ICO file");
    let svg = app.get("/assets/favicon.svg").await;
    assert_eq!(svg.status, 200);
    assert!(svg.body.starts_with("<svg"));
}

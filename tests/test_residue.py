"""The residue rules (TF3xx) on the seeds and on realistic page text: what they remove, what
they keep as metadata, and the look-alikes they must leave alone."""

import json
from pathlib import Path

import pytest

import textfix
from textfix.residue.dates import date_value
from textfix.residue.text import BAR_PHRASE_WORDS, name_token, normalise, segments
from textfix.residue.vocabulary import vocabulary

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def residue(text: str, **options) -> textfix.Result:
    return textfix.clean(text, select=["TF3"], **options)


# ------------------------------------------------------------------ seeds


def test_seed_004_follow_button_and_author_box_are_removed_with_their_metadata():
    text = (SEEDS / "004_382dfacdba768892.txt").read_text(encoding="utf-8")
    result = residue(text)
    assert "Follow I follow" not in result.text
    assert "Tim Niendorf" not in result.text and "Political Editor." not in result.text
    assert result.metadata == {"author": "Tim Niendorf", "role": "Political Editor"}
    follow = [e for e in result.applied if "Follow I follow" in e.before]
    assert [e.rule for e in follow] == ["TF301"] and follow[0].applicability.value == "safe"
    # The paragraphs around the box now follow each other with one blank line, as elsewhere.
    assert ("committed during the protests against the socialist government in 2017.\n\n"
            "One hundred protesters were killed at the time.") in result.text
    assert "\n\n\n" not in result.text
    # Nothing else changed: every other line of the seed is still there, in order.
    kept = [ln for ln in text.splitlines() if ln.strip() and ln.strip() not in
            ("Tim Niendorf", "Political Editor.", "• Follow I follow")]
    assert [ln for ln in result.text.splitlines() if ln.strip()] == kept


def test_seed_004_heading_is_kept():
    text = (SEEDS / "004_382dfacdba768892.txt").read_text(encoding="utf-8")
    assert "\nMaduro feels pressure from many sides\n" in residue(text).text


def test_seed_003_metadata_prefix_is_cut_from_the_first_sentence():
    text = (SEEDS / "003_fdaf530e80b19032.txt").read_text(encoding="utf-8")
    result = residue(text)
    assert result.text.startswith("The International Criminal Court (ICC) is to investigate")
    assert result.text[len("The International"):] == text[len(" date 2021-11-04 The International"):]
    assert result.metadata == {"date": "2021-11-04"}
    assert [e.rule for e in result.applied] == ["TF306"]


def test_seed_000_is_left_alone_including_the_agency_line():
    text = (SEEDS / "000_2b4a62e76a3d153e.txt").read_text(encoding="utf-8")
    result = residue(text)
    assert result.text == text
    assert result.edits == ()


def test_json_report_carries_the_metadata(tmp_path, capsys):
    from textfix.cli import main

    path = tmp_path / "a.txt"
    path.write_text(" date 2021-11-04 The court opened an investigation into the crackdown.\n", encoding="utf-8")
    main(["clean", "--json", str(path)])
    report = json.loads(capsys.readouterr().out)
    assert report["files"][0]["metadata"] == {"date": "2021-11-04"}
    assert [e["rule"] for e in report["files"][0]["edits"]] == ["TF306"]


# ------------------------------------------------------------------ TF301 ui lines

ARTICLE_BEFORE = "Khan said the office in Caracas would open soon."
ARTICLE_AFTER = "Maduro called the agreement a favorable step."


ARTICLE = f"{ARTICLE_BEFORE}\n\n{ARTICLE_AFTER}"  # what is left when the line between goes


def between(line: str, separator: str = "\n\n") -> str:
    return f"{ARTICLE_BEFORE}{separator}{line}{separator}{ARTICLE_AFTER}"


def untouched(line: str) -> bool:
    """Whether ``line``, between two sentences of an article, gets no edit at all."""
    result = residue(between(line))
    return result.text == between(line) and result.edits == ()


def removed(line: str) -> list[tuple[str, str]]:
    """(rule, applicability) of each edit that removes ``line`` from between two sentences of
    an article, checking that the article is all that is left."""
    result = residue(between(line))
    assert result.text == ARTICLE
    return [(e.rule, e.applicability.value) for e in result.applied]


@pytest.mark.parametrize("line", [
    "Advertisement", "ADVERTISEMENT", "Share this article", "Skip to content", "Read more",
    "Sign up for our newsletter", "Facebook Twitter WhatsApp Email", "Share Tweet Submit",
    "  • Follow I follow", "Comments (12)", "12 comments", "Views: 1,234", "Aufrufe: 1120 |", "Image 1 of 5",
    "Teilen", "Folgen",
    "Anzeige", "Compartir", "Publicidad", "Partager", "Schreibe einen Kommentar Antworten abbrechen",
    "Leave a Reply Cancel reply", "Back to top", "Prev", "Sorry, your blog cannot share posts by email.",
    "Kommentare sind geschlossen.", "Les commentaires sont fermés.", "Navegación de entradas", "Lascia un commento",
    "Anuluj pisanie odpowiedzi", "Deixe um comentário", "関連記事", "スポンサーリンク",
    "Iklan", "Bagikan ini:", "Berita Terkait", "Tinggalkan Balasan Batalkan balasan",  # Indonesian
    "공유하기", "많이 본 뉴스", "청소년보호정책",  # Korean
    "Privacy Policy /", "개인정보처리방침 /",  # a footer's links, a slash between them
    # A date key or a notice whose value was an image or a script.
    "Updated", "Updated:", "Last updated", "Copyright", "©", "Explore further", "Aktualisiert", "Mis à jour",
    # Blog and shop furniture.
    "Latest comments", "Was this article helpful?", "Über mich", "Warenkorb", "Name (required)",
    "Commentaires fermés", "Sin comentarios", "Chi sono", "Zapamiętaj mnie",
    "Your email address will not be published. Required fields are marked *", "Forgot your password?",
    "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
    # Jetpack's likes, WordPress.com's footer, Drupal's comment-form help, a CAPTCHA plugin.
    "%d Bloggern gefällt das:", "Bloggen auf WordPress.com.", "Lines and paragraphs break automatically.",
    "Zeilenumbrüche und Absätze werden automatisch erzeugt.", "eMail (erforderlich) (wird nicht veröffentlicht)",
    "Time limit is exhausted. Please reload CAPTCHA.",
    # Comment systems, sorting and list navigation.
    "You must log in to post a comment.", "Sorted by:", "Back to list", "Sie sind aktuell nicht eingeloggt.",
    "Nur angemeldete Benutzer können kommentieren und bewerten.", "Sortieren nach", "Zurück zur Liste",
    "Empfohlen für dich", "Hier weiterlesen",
    # Links that say where they lead, embedded content's placeholders, donation buttons.
    "Find out more", "En savoir plus", "Más información", "Mehr Informationen", "Hier klicken",
    "Empfohlener redaktioneller Inhalt", "Externer Inhalt", "Affiliatelink", "Flattr this!",
    "Weiter", "Siguenos en", "Per saperne di più",
    # A form's messages: newsletter boxes, pop-ups, e-mail-this-article forms, video widgets.
    "There was an error processing your subscription.", "An error has occurred, please try again later.",
    "Don't show again", "Like this article?", "JUST WATCHED", "Read Later",
    "%d blogger menyukai ini:", "Cek surel gagal, silahkan coba kembali",  # Jetpack in Indonesian
    "Necessary Always Enabled", "Non-necessary",  # a cookie-consent plugin's switches
    "AddThis Sharing Buttons", "Get short URL", "Top Rated Comments", "Thanks for watching!", "Visit Website",
    "Donate now", "You are here:", "Sie sind hier:", "Jetzt spenden", "Mitglied werden", "Faire un don", "Estás en:",
    # Comment forms' privacy tick boxes and Drupal's notice, a cookie plugin's help.
    "Mit der Nutzung dieses Formulars erklärst du dich mit der Speicherung und Verarbeitung deiner Daten durch diese Website einverstanden. *",
    "Zum Verfassen von Kommentaren bitte anmelden oder registrieren.", "Log in or register to post comments",
    "Strictly Necessary Cookie should be enabled at all times so that we can save your preferences for cookie settings.",
    "Veröffentlichung:",
    "Sharen mit:", "NEWS TEILEN:", "Kostenlos registrieren und weiterlesen", "You have entered an incorrect email address!",
    "Failed to load latest commit information.", "Comentar este artículo", "dołącz do dyskusji", "więcej informacji:",
    "(Noch keine Bewertungen)", "No ratings yet", "Affiliatelinks", "Dieses Blog durchsuchen", "Pour lire la suite",
    "Es gibt derzeit keine bevorstehenden Veranstaltungen.", "11 minut czytania",
    # A blog's links to the previous and the next post, by their arrows.
    "← Aachen 1933 – 1945", "Nachdenken über das Nachrufen – anlässlich Schirrmacher →", "← Older posts",
    # A page's preview image, its address alone on a line.
    "https://www.example.com/assets/images/logos/og-image-logo.png",
    "https://static.example.com/image/5dd3a081-500-250/10-things-in-tech.jpg?w=500", "www.example.com/logo.JPG",
])
def test_ui_lines_are_removed_with_their_separator(line):
    result = residue(between(line))
    assert result.text == ARTICLE
    assert result.applied and all(e.applicability.value == "safe" for e in result.applied)


@pytest.mark.parametrize("line", [
    "Share this with Telegram", "Share this on Reddit", "Share to LinkedIn", "Share via Email",
    "Share this with", "X Share on Share via", "Teilen per WhatsApp",
    "Partager sur Pinterest", "Compartir en Telegram", "Condividi su LinkedIn", "432shares", "17Comments",
    "Share this story: Facebook and Twitter", "Share on: Facebook Twitter Email", "Teilen: Facebook und WhatsApp",
])
def test_share_lines_naming_networks_are_removed(line):
    assert removed(line) == [("TF301", "safe")]


@pytest.mark.parametrize("text", [
    "Share with care", "Share on the market rose to 12 percent.", "38 Kommentare zum Haushalt",
    "Shares of the company fell 5 percent.", "Rating: 4.5", "Jane Smith: 12,345 votes",
    "Facebook and Twitter",  # a heading: the "and" counts only in a share list after its colon
    "Share this: the good and the bad",
])
def test_lines_about_sharing_are_kept(text):
    assert untouched(text)


def test_single_newline_layout_keeps_single_newlines():
    assert residue(between("Advertisement", "\n")).text == f"{ARTICLE_BEFORE}\n{ARTICLE_AFTER}"


def test_residue_at_the_end_leaves_no_trailing_blank_lines():
    assert residue(f"{ARTICLE_BEFORE}\n\nShare this article\n").text == f"{ARTICLE_BEFORE}\n"
    assert residue(f"{ARTICLE_BEFORE}\n\nShare\n\nAdvertisement").text == ARTICLE_BEFORE


def test_crlf_documents_keep_their_line_ends():
    text = "Khan said the office would open.\r\n\r\nAdvertisement\r\n\r\nMaduro agreed.\r\n"
    assert residue(text).text == "Khan said the office would open.\r\n\r\nMaduro agreed.\r\n"


@pytest.mark.parametrize("text", [
    "Follow the money",
    "Follow the money, the prosecutor told the court.",
    "Share prices fell sharply after the announcement.",
    "Maduro said he would share the documents with the court.",
    "“Share the truth,” said the president.",
    "“We don't share the decision, but we respect it.”",
    "“Follow me,” he said.",
    "- Share of votes: 45 %",
    "Advertisement agencies lost money during the protests.",
    "The advertisement ran in three newspapers.",
    "Updated guidance was issued on Monday.",
    "Updated figures",  # a heading of the article: the key with other words
    "About me, she said, there was little to tell.",
    "Was this article helpful to the court? The judge thought so.",
    "Explore further afield",
    "Sorted by size, the boxes filled three shelves.", "Zurück zur Liste der Kandidaten kam er nie.",
    "Find out more about the plan at the town hall.", "Más información llegará el lunes.",
    "Replay the match and the result is the same.", "Something went wrong, the minister admitted.",
    "Donate blood if you can, the hospital asked.", "Sie sind hier, weil Sie gewählt wurden.",
    "The chain runs A → B → C.", "→ The process then continues in three stages, one after the other.",
    # Addresses that are the article's: a page's, a site's, an image's named in a sentence.
    "https://www.bbc.com/news/world-europe-50473792", "www.example.com", "www.example.com/png-guide",
    "Logo: https://www.example.com/logo.png", "https://www.example.com/logo.png is the new logo.",
])
def test_lines_that_merely_contain_a_button_word_are_kept(text):
    result = residue(between(text))
    assert result.text == between(text)
    assert result.edits == ()


def test_markdown_headings_are_the_texts_own_and_only_suggested():
    # A README's sections: `## Contact` is no page button, whatever its word.
    text = ("# My project\n\nThis project cleans text for its users, and it does so carefully.\n\n"
            "## About\n\nWritten by a team of volunteers who care about text.\n\n"
            "## Contact\n\nWrite to us with your questions.\n\n## Share\n\nTell your friends about it.\n")
    result = residue(text)
    assert result.text == text
    assert [(e.rule, e.before.strip(), e.applicability.value) for e in result.suggested] == [
        ("TF301", "## About", "suggested"), ("TF301", "## Contact", "suggested"), ("TF301", "## Share", "suggested")]
    # the same words as lines of a web page go
    assert residue(text.replace("## ", "")).text.count("Contact") == 0


WRAPPED_README = (  # wrapped at 72 columns (textwrap.fill)
    "Node.js runs each child process in its own process, with its own memory\n"
    "and its own event loop, so the number of child processes is not limited\n"
    "by the runtime itself, but a very large number of them is not\n"
    "recommended.\n\n"
    "By default, the parent waits for every child to exit before it exits in\n"
    "its turn, and the children inherit its environment unless another one is\n"
    "given, as the manual explains and the examples below show in more\n"
    "detail.\n\n"
    "Register a message handler to subscribe to this channel. This message\n"
    "handler will be run synchronously whenever a message is published to the\n"
    "channel, and errors thrown in it are reported.\n\n"
    "Read-only.\n\n"
    "A child that is detached goes on running after the parent has exited,\n"
    "which is what a daemon wants and what a script that starts a server in\n"
    "the background needs; see the tests for the details.\n"
)


def test_a_wrapped_sentences_capitalised_last_word_is_never_a_button():
    # `Source.` ends the sentence wrapped at 72 columns (a licence's defined term): no label.
    text = ("The Corresponding Source need not include anything that users can regenerate\n"
            "automatically from other parts of the work, which is what the Corresponding\n"
            "Source.\n\n"
            "The Corresponding Source for a work in source code form is that same work, as\n"
            "the licence says and as every copy of it must show to whoever receives one,\n"
            "whether it is given away or sold, and whether it is conveyed in object code\n"
            "or in any other form that a machine or a person can read and then run again.\n")
    assert residue(text).text == text


def test_the_last_word_of_a_wrapped_sentence_is_never_a_button():
    # A README's paragraphs wrapped at 72 columns: `recommended.` and `detail.` end sentences,
    # `Register … subscribe to this channel.` opens one; `Read-only.` is no `Read` teaser.
    result = residue(WRAPPED_README)
    assert result.text == WRAPPED_README
    assert result.edits == ()


def test_an_underlined_heading_is_only_suggested_and_its_underline_stays():
    text = ("OAuthLib is a framework which implements the logic of OAuth in Python, and it does so well.\n\n"
            "Credits\n-------\n\nOAuthLib has been started and maintained by many people over the years.\n")
    result = residue(text)
    assert result.text == text
    assert [(e.before.strip(), e.applicability.value) for e in result.suggested] == [("Credits", "suggested")]


MARKDOWN_README = (
    "# chartline\n\n"
    "chartline draws bar charts in the terminal. It reads a CSV file and prints a chart of its "
    "columns, scaled to the width of the window.\n\n"
    "It has no dependencies and runs on any Python from 3.8 on. The bars use block characters, "
    "so they look right in any modern terminal and in most log viewers.\n\n"
    "## Options\n\nAdvertisement\n\n* width: {number}\n* height: {number}\n* Returns: {Object}\n"
)


@pytest.mark.parametrize("document", [
    MARKDOWN_README,  # its headings make it Markdown
    MARKDOWN_README.replace("# chartline", "chartline").replace("## Options", "```\nchartline data.csv\n```"),  # its code block
])
def test_a_markdown_documents_later_sections_are_no_page_after_the_article(document):
    # After the largest block of prose and a line of residue, a web page's short lines are its
    # footer and sidebar; a Markdown document's are its next section: its options stay.
    assert residue(document).text == document.replace("Advertisement\n\n", "")
    # the same lines as a web page's text (no Markdown headings) go
    page = residue(MARKDOWN_README.replace("## ", "").replace("# ", ""))
    assert "{number}" not in page.text and "Options" in page.text


SPONSORS = ("The library is maintained by a small team at the university, with the help of many "
            "volunteers who send patches and report bugs.\n\nPast sponsors of the project:\n\n"
            "    Apple\n    Carnegie Mellon University\n    Google\n    Microsoft\n    Oracle\n"
            "    Red Hat\n\nWe thank them all for their support, and for the machines they lent us.\n")
CHANGELOG = ("News\n====\n\nThe library's history, newest release first. Each entry names the release "
             "and its date, then what changed.\n\n"
             "    1.18 Apr-17-1998\n        Bug fixes and a port to a new processor.\n\n"
             "    1.17 Feb-24-1998\n        Fixed the tests on machines with a small stack.\n")


@pytest.mark.parametrize("text", [SPONSORS, CHANGELOG])
def test_a_block_indented_deeper_than_the_prose_is_the_texts_own(text):
    # A plain-text README's list and changelog: `Google` is no share button there, nor a
    # release's date a page's date line; they are proposed at most.
    result = residue(text)
    assert result.text == text
    assert result.suggested and all("indented block" in e.reason for e in result.suggested)
    # the same lines at the margin, as text extracted from a web page has them, go
    assert residue(text.replace("    ", "")).text != text.replace("    ", "")


def test_markdown_references_and_comments_are_never_residue_between_buttons():
    # The end of a Markdown page: its links' references under a comment, between buttons.
    text = ("The module system is described in the manual, with examples of each kind of import.\n\n"
            "Share\n\n<!-- Links -->\n[CommonJS]: modules.md\n[ES modules]: esm.md\n\nAdvertisement\n")
    assert residue(text).text == ("The module system is described in the manual, with examples of each kind of "
                                  "import.\n\n<!-- Links -->\n[CommonJS]: modules.md\n[ES modules]: esm.md\n")


def test_a_word_list_is_data_not_a_page_of_menus():
    # A stop list, one word a line, some capitalised: thousands of "labels" the menu rules took.
    words = ["the", "of", "and", "to", "in", "is", "that", "for", "it", "as", "was", "with", "be",
             "by", "on", "not", "he", "I", "this", "are", "or", "his", "from", "at", "which", "but",
             "have", "an", "had", "they", "you", "were", "their", "one", "all", "we", "can", "her",
             "has", "there", "been", "if", "more", "when", "will", "would", "who", "so", "no",
             "Share", "Home", "News", "Sport", "Contact", "About", "Menu", "Search", "Login"]
    text = "\n".join(words) + "\n"
    assert residue(text).edits == ()
    # the same labels, capitalised as a page prints them, are a menu
    assert residue(text.title()).applied
    # a script without case: a Korean list of words
    korean = ["그리고", "그러나", "하지만", "그래서", "또한", "우리", "그들", "여기", "거기", "지금", "오늘",
              "내일", "어제", "사람", "시간", "생각", "문제", "사회", "경제", "정부", "나라", "세계",
              "학교", "회사", "가족", "친구", "마음", "이야기", "공유", "댓글"]
    korean_text = "\n".join(korean * 2) + "\n"
    assert residue(korean_text).edits == ()


def test_subtitles_are_dialogue_not_a_page():
    # A SubRip file: `Follow me.`, `Back!`, `Home.` are lines spoken, `4` a cue's number.
    text = ("1\n00:00:01,000 --> 00:00:04,000\nFollow me.\n\n2\n00:00:05,000 --> 00:00:07,500\n"
            "Share the load, he said.\n\n3\n00:00:08,000 --> 00:00:10,000\nBack!\n\n"
            "4\n00:00:11,000 --> 00:00:13,000\nHome.\n")
    assert residue(text).edits == ()


def test_user_patterns_extend_the_lists():
    text = between("Aus dem Ressort Lokales")
    assert residue(text).text == text
    cleaned = residue(text, residue_patterns=[r"Aus dem Ressort \w+"]).text
    assert cleaned == f"{ARTICLE_BEFORE}\n\n{ARTICLE_AFTER}"


# ------------------------------------------------------------------ TF302 menus


def test_navigation_menu_is_removed_but_not_the_article():
    menu = "Skip to content\nHome\nNews\nWorld\nBusiness\nPolitics\nSport\nWeather\n"
    result = residue(menu + ARTICLE_BEFORE + "\n" + ARTICLE_AFTER)
    assert result.text == ARTICLE_BEFORE + "\n" + ARTICLE_AFTER
    assert {e.rule for e in result.applied} == {"TF301", "TF302"}


def test_footer_menu_with_unknown_items_is_removed_whole():
    footer = ("About Us\nContact Us\nPrivacy Policy\nYour California Privacy Rights\nInterest Based Ads\n"
              "Terms of Use\nPlace a Classified Ad\nSite Map\nCareers")
    assert residue(f"{ARTICLE_BEFORE}\n{ARTICLE_AFTER}\n{footer}").text == f"{ARTICLE_BEFORE}\n{ARTICLE_AFTER}"


def test_title_case_heading_next_to_a_menu_item_is_kept():
    text = f"Advertisement\nMaduro Feels Pressure From Many Sides\n{ARTICLE_BEFORE}"
    assert residue(text).text == f"Maduro Feels Pressure From Many Sides\n{ARTICLE_BEFORE}"


# A cooking site's own sections: no list knows them, and fifteen of them in a row are a menu.
SITE_SECTIONS = ("Dinners\nSoups & Stews\nSheet Pan Suppers\nGrilling\nCasseroles\nSalads\nBreads\n"
                 "Biscuits\nPies & Tarts\nHoliday Baking\nCocktails\nSmoothies\nMeal Prep\nPantry\nDesserts\nWine")


HEADLINE = "Maduro Meets the Prosecutor in Caracas"


@pytest.mark.parametrize("page, article", [
    (f"{ARTICLE}\n\nShare this article\n{SITE_SECTIONS}", ARTICLE),
    (f"Newsletter\n{SITE_SECTIONS}\n\n{HEADLINE}\n\n{ARTICLE}", f"{HEADLINE}\n\n{ARTICLE}"),
])
def test_a_very_long_menu_with_one_known_line_is_removed_whole(page, article):
    result = residue(page)
    assert result.text == article
    assert sorted(e.before.strip() for e in result.applied if e.rule == "TF302") == sorted(SITE_SECTIONS.split("\n"))


@pytest.mark.parametrize("page", [
    f"{SITE_SECTIONS}\n\n{HEADLINE}\n\n{ARTICLE}",  # no known line: maybe a list of the page's own
    f"{ARTICLE}\n\n{SITE_SECTIONS}",  # no known line, and beside the article's last paragraph
])
def test_a_very_long_run_of_labels_with_no_known_line_stays(page):
    assert residue(page).text == page


COUNTRIES = ("Argentina\nBrazil\nGermany\nFrance\nSpain\nItaly\nEngland\nPortugal\nNetherlands\n"
             "Belgium\nCroatia\nUruguay\nMexico\nJapan\nSenegal\nMorocco")
ROSTER = ("Mira Tal\nRolf Lane\nAnn Poe\nKim Day\nOssian Berg\nLena Voss\nTomas Riel\nIda Marsh\n"
          "Piet Kolb\nUla Stern\nEmil Haas\nRita Moll\nJonas Feld\nAda Kern\nNils Brand\nVera Holm")
FACTS = ("Check-in:\nAfternoon\nCheck-out:\nMorning\nParking:\nFree\nPets:\nWelcome\nBreakfast:\nIncluded\n"
         "Wifi:\nFree\nPool:\nOutdoor\nGym:\nNearby\nSpa:\nClosed")  # a hotel's facts: keys and values
RESULTS = "\n".join(["Rovers", "United", "Athletic", "Rovers", "Athletic", "United", "United", "Rovers",
                      "Athletic", "Athletic", "Rovers", "United", "Rovers", "Athletic", "United", "Rovers"])


@pytest.mark.parametrize("article_list", [
    f"The qualified teams are:\n\n{COUNTRIES}",  # prose on both sides: the article's own list
    f"The qualified teams are:\n\nArgentina\nBrazil\nAdvertisement\n{COUNTRIES}",  # a button inside it
])
def test_the_articles_long_list_between_paragraphs_stays(article_list):
    text = f"{ARTICLE_BEFORE}\n\n{article_list}\n\nAdvertisement\n\n{ARTICLE_AFTER}"
    result = residue(text)
    assert [e.before.strip() for e in result.applied] == ["Advertisement"] * article_list.count("Advertisement") \
        + ["Advertisement"]
    for line in article_list.split("\n"):
        assert line in result.text.split("\n") or line == "Advertisement"


def test_the_long_list_that_ends_an_article_stays_above_its_share_buttons():
    text = f"{ARTICLE}\n\n{COUNTRIES}\n\nShare this article\nFacebook\nTwitter"
    assert residue(text).text == f"{ARTICLE}\n\n{COUNTRIES}"


@pytest.mark.parametrize("table", [ROSTER, FACTS, RESULTS], ids=["names", "keys", "repeated cells"])
def test_long_lists_that_are_no_menu_stay_beside_furniture(table):
    text = f"{ARTICLE}\n\nAdvertisement\n{table}\nNewsletter"
    result = residue(text)
    assert table in result.text
    assert {e.before.strip() for e in result.applied} == {"Advertisement", "Newsletter"}


def test_a_tables_rows_of_keys_and_values_are_no_menu_items_beside_buttons():
    # A photo's details after the article, over the page's pagination and comment form.
    rows = "Optik: Teleobjektiv\nZeitzone: MESZ\nOrt: Kasberg im Frankenland"
    result = residue(f"{ARTICLE}\n\n{rows}\nZurück\nWeiter\nKommentar\nName\nE-Mail")
    assert result.text == f"{ARTICLE}\n\n{rows}"


@pytest.mark.parametrize("heading", ["The club offers:", "The club offers these sports to its members:",
                                     "Angeboten werden:"])
def test_a_short_list_the_article_announces_with_a_colon_stays(heading):
    # Every item is a section name, as in a menu; the article's own line announces them.
    text = f"{ARTICLE_BEFORE}\n\n{heading}\nTennis\nGolf\nCricket\nRugby\nBasketball\n\n{ARTICLE_AFTER}"
    assert residue(text).text == text


def test_a_pages_own_heading_with_a_colon_does_not_keep_its_menu():
    footer = "© 2019 Caracas Media. All rights reserved.\nVisit our other sites:\nSport\nBusiness\nTravel\nWeather"
    assert residue(f"{ARTICLE}\n\n{footer}").text == ARTICLE


@pytest.mark.parametrize("label", ["Follow us elsewhere:", "Password:", "Diskussion zu diesem Artikel auf:"])
def test_a_label_with_a_colon_right_between_residue_is_removed(label):
    text = f"{ARTICLE}\n\nShare this article\n{label}\nNewsletter"
    assert residue(text).text == ARTICLE


def test_a_list_heading_between_an_advertisement_and_residue_stays():
    # The advertisement inside the article's text (and its list under it) does not make the
    # heading the page's: an ad above the list's heading, another below it.
    text = f"{ARTICLE_BEFORE}\n\nAdvertisement\nThe newly selected five are:\nAdvertisement\n\n{ARTICLE_AFTER}"
    assert "The newly selected five are:" in residue(text).text


# Other pages' teasers under the article, each headline under its section's name (its kicker).
TEASERS = ("More from the paper\n"
           "Business\nOil output falls for a third month\nJune 4, 2021\n"
           "Politics\nCouncil votes to reopen the old market hall\nJune 3, 2021\n"
           "Sport\nRovers sign a new goalkeeper from Athletic\nJune 2, 2021")


def test_section_names_above_teasers_headlines_are_kickers():
    result = residue(f"{ARTICLE}\n\n{TEASERS}")
    kickers = [e.before.strip() for e in result.applied if e.reason.startswith("a section's name above")]
    assert kickers == ["Business", "Politics", "Sport"]
    # A headline has the article's shape: the kickers leave it, and it goes only as a line of the
    # page after the article's end.
    headline = [e.reason for e in result.applied if "Oil output falls" in e.before]
    assert headline == ["a short line of the page after the article's end"]


@pytest.mark.parametrize("page", [
    # The article's own section headings, each over a paragraph.
    f"Business\n{ARTICLE_BEFORE}\nPolitics\n{ARTICLE_AFTER}\nSport\n{ARTICLE_BEFORE}\n\nAdvertisement",
    # Two kickers are no teaser list.
    f"{ARTICLE}\n\nAdvertisement\nBusiness\nOil output falls for a third month\n"
    "Politics\nCouncil votes to reopen the old market hall",
    # Three, but far apart: a table's row named like a section (German "Art", kind) is no kicker.
    f"Advertisement\nBusiness\nOil output falls for a third month\n{ARTICLE}\n\nProdukt\nArt\n"
    "Automatische Spielzeugmaus mit Feder\nMaterial\nKunststoff\nGröße\nca. 10 cm\n"
    f"{ARTICLE_AFTER}\nSport\nRovers sign a new goalkeeper from Athletic",
])
def test_section_names_that_are_no_kickers_stay(page):
    result = residue(page)
    assert not [e for e in result.edits if e.reason.startswith("a section's name above")]


# Other pages' headlines among residue: a blog's index or a "Latest news" box (each between dates
# or bylines), a "Related Stories" box (one under the other).
DATED = ("June 5, 2021\nOil output falls for a third month\nJune 4, 2021\n"
         "Council votes to reopen the old market hall\nJune 3, 2021\n"
         "Rovers sign a new goalkeeper from Athletic\nJune 2, 2021")


BYLINED = ("More Headlines\nOil output falls for a third month\nBy Jana Roth\n"
           "Council votes to reopen the old market hall\nBy Dana Whitfield\n"
           "Rovers sign a new goalkeeper from Athletic\nBy Maria Lopez")


BOXED = ("Related Stories\nOil output falls for a third month\nCouncil votes to reopen the old market hall\n"
         "Rovers sign a new goalkeeper from Athletic\nShare this article")


@pytest.mark.parametrize("teasers", [DATED, BYLINED, BOXED])
def test_headlines_listed_among_residue_are_teasers(teasers):
    result = residue(f"{ARTICLE}\n\n{teasers}")
    assert result.text == ARTICLE
    assert [e.before.strip() for e in result.applied if e.rule == "TF302"] == [
        "Oil output falls for a third month", "Council votes to reopen the old market hall",
        "Rovers sign a new goalkeeper from Athletic"]


@pytest.mark.parametrize("page", [
    # The article's own headline between its dates (published, updated).
    f"Published June 4, 2021\nOil output falls for a third month\nUpdated June 5, 2021\n{ARTICLE}",
    # Two dated headlines are no list.
    f"{ARTICLE}\n\nJune 4, 2021\nOil output falls for a third month\nJune 3, 2021\n"
    "Council votes to reopen the old market hall\nJune 2, 2021",
    # A diary: what happened each day, in sentences.
    f"{ARTICLE}\n\nJune 4, 2021\nThe output fell for a third month.\nJune 3, 2021\n"
    "The council voted to reopen the hall.\nJune 2, 2021\nRovers signed a new goalkeeper.\nJune 1, 2021",
    # A table of the article's own between two buttons: each row opens with its key.
    f"{ARTICLE_BEFORE}\n\nAdvertisement\nRent for four: 2,400 dollars a week\nEach further guest: 100 dollars a week\n"
    f"Final cleaning: 300 dollars\nDeposit: 1,500 dollars\nShare this article\n\n{ARTICLE_AFTER}",
    # Spaced unalike: the article's headline, its byline, then the author box's links.
    f"Share this article\nOil output falls for a third month\nBy Jana Roth\nView author archive\n"
    f"Get author feed\nFollow the author\nAdvertisement\n{ARTICLE}",
])
def test_headlines_between_residue_that_are_no_teaser_list_stay(page):
    result = residue(page)
    assert not [e for e in result.edits if e.reason == "a headline in a list of other pages' teasers"]


# A page whose menu names its sections, and whose list of the author's other articles glues each
# teaser's author to its section (two inline elements an extractor wrote without a space).
MENU = "Home\nPolitics\nCulture\nFilm\nTheatre\nSearch\n"
GLUED_TEASERS = ("Articles by this author\nThe long road home\nJana RothFilm\n"
                 "A director looks back at forty years of making films in the north.\n"
                 "Stages of grief\nJana RothTheatre\n"
                 "The new season opens with three plays about loss and what comes after it.\n")


def test_a_teasers_author_glued_to_a_section_of_the_pages_menu_is_removed():
    result = residue(f"{MENU}\n{ARTICLE}\n\n{GLUED_TEASERS}")
    glued = [e for e in result.applied if e.reason == "a teaser's author glued to one of the page's labels"]
    assert [e.before.strip() for e in glued] == ["Jana RothFilm", "Jana RothTheatre"]
    assert all(e.rule == "TF302" and e.applicability.value == "safe" for e in glued)
    assert "The long road home" in result.text  # the headlines are judged as before


@pytest.mark.parametrize("page", [
    # The section is no line of the page's residue: the article's own heading.
    f"{ARTICLE_BEFORE}\n\nFilm\n\n{ARTICLE_AFTER}\n\nJana RothFilm\n\n{ARTICLE_AFTER}",
    # Glued to a word of the menu, but no name: a brand, a word glued to a word.
    f"{MENU}\n{ARTICLE}\n\nThe SearchFilm\n\nPlayFilm\n\n{ARTICLE_AFTER}",
])
def test_lines_glued_to_no_label_of_the_page_or_to_no_name_stay(page):
    result = residue(page)
    assert not [e for e in result.edits if e.reason == "a teaser's author glued to one of the page's labels"]


# A box of other pages' headlines under its heading, which an extractor left between two paragraphs.
@pytest.mark.parametrize("box", [
    "DON'T MISS\nCouncil furious at the mayor over the market hall [INSIGHT]\n"
    "Rovers sign a new goalkeeper from Athletic [VIDEO]\nOil output falls for a third month [NEWS]",
    "Related\n'Waves': Why the Old Market Hall Is the Season's Revelation\nCouncil votes to reopen the old market hall",
    "You may also like...\nOil output falls for a third month\nJune 4, 2021\n"
    "Council votes to reopen the old market hall\nJune 3, 2021",  # each over its date
    "More Tech Stories\nOil output falls for a third month\nCouncil votes to reopen the old market hall",
    "Lesen Sie auch\nÖlförderung sinkt im dritten Monat in Folge\nStadtrat will die alte Markthalle wieder öffnen",
    "Dich interessiert vielleicht auch\nÖlförderung sinkt im dritten Monat in Folge\nStadtrat will die alte Markthalle wieder öffnen",
    "Related\nRovers sign a new goalkeeper from Athletic\nShare this article",  # one, with residue under it
    # Each under its kicker in capitals, as tabloids print them.
    "Most read in world news\nRANDY ANDY\nPrince parties in unearthed pics despite his denials\n"
    "‘NAÏVE AND TRUSTING’\nMum demands that kids' clothes lose their gender labels",
])
def test_headlines_under_a_teaser_boxs_heading_are_teasers(box):
    result = residue(f"{ARTICLE_BEFORE}\n\n{box}\n\n{ARTICLE_AFTER}")
    assert result.text == f"{ARTICLE_BEFORE}\n\n{ARTICLE_AFTER}"


@pytest.mark.parametrize(("page", "kept"), [
    # One headline over the article's text: the article's own, under a heading the extractor kept.
    (f"Top Stories\nCourt Opens Office After Long Talks\n{ARTICLE}", "Court Opens Office After Long Talks"),
    (f"Top Stories\nCourt Opens Office After Long Talks\nBy Tim Niendorf\n{ARTICLE}", "Court Opens Office After Long Talks"),
    # The last one over a byline and the first paragraph: the article's own headline.
    (f"Related\nOil output falls for a third month\nCourt Opens Office After Long Talks\nBy Tim Niendorf\n{ARTICLE}",
     "Court Opens Office After Long Talks"),
    # The article's list, announced, and its quotation.
    (f"{ARTICLE_BEFORE}\nMore\nHere are some of the highlights:\nOil output falls for a third month\n{ARTICLE_AFTER}",
     "Here are some of the highlights:\nOil output falls for a third month"),
    (f"{ARTICLE_BEFORE}\nRelated\n“We were in quarantine for forty days”\nOil output falls for a third month\n"
     f"{ARTICLE_AFTER}", "“We were in quarantine for forty days”\nOil output falls for a third month"),

    # A subheading in capitals over the article's next paragraph is no kicker.
    (f"{ARTICLE_BEFORE}\nMost read in world news\nSCORES QUARANTINED\n{ARTICLE_AFTER}",
     f"SCORES QUARANTINED\n{ARTICLE_AFTER}"),
])
def test_what_stands_under_a_teaser_boxs_heading_and_may_be_the_articles_stays(page, kept):
    assert kept in residue(page).text


def test_the_last_headline_over_the_articles_first_paragraph_is_the_articles_own():
    page = (f"Related Stories\nOil output falls for a third month\nCouncil votes to reopen the old market hall\n"
            f"Rovers sign a new goalkeeper from Athletic\nMaduro Meets the Prosecutor in Caracas\n"
            f"Updated June 5, 2021\n{ARTICLE}")
    result = residue(page)
    assert result.text == f"Maduro Meets the Prosecutor in Caracas\n{ARTICLE}"


@pytest.mark.parametrize("items", ["Company Town", "Company Town\n\nOil Fields\n\nPrivate Club"])
def test_short_lines_between_two_lines_of_residue_are_removed(items):
    result = residue(between(f"Advertisement\n\n{items}\n\nShare this article"))
    assert result.text == ARTICLE
    assert [e.before.strip() for e in result.applied if e.rule == "TF302"] == items.split("\n\n")


@pytest.mark.parametrize("kept", [
    "Maduro Meets the Prosecutor in Caracas",  # a headline over the article's first paragraph
    "Maduro signed it.",  # a sentence
    "What the court asked for:",  # the heading of a list
    "Oil\n\nGas\n\nCoal\n\nWind",  # four lines: the article's list between a caption and a credit
])
def test_what_stands_between_residue_and_may_be_the_articles_stays(kept):
    text = between(f"Advertisement\n\n{kept}\n\nShare this article")
    assert residue(text).text == between(kept)


@pytest.mark.parametrize("line", [
    "Other news in this section",  # a box's heading
    "Why Subscribe?",  # a call to act
    "Get the Digg New Tab Extension",
    "Privacy Policy and Terms of Use",
    "Oil\n\nRovers sign a new goalkeeper from Athletic",  # a menu's item and a teaser's headline
])
def test_a_short_line_between_residue_after_the_article_is_removed(line):
    result = residue(f"{ARTICLE}\n\nAdvertisement\n\n{line}\n\nShare this article")
    assert result.text == ARTICLE
    assert [e.before.strip() for e in result.applied if e.rule == "TF302"] == line.split("\n\n")


def test_a_teasers_headline_in_the_sites_menu_goes_and_the_articles_own_stays():
    page = (f"Log In\n\nRovers sign a new goalkeeper from Athletic\n\nSubscribe\n\n"
            f"Maduro Meets the Prosecutor in Caracas\n\nShare this article\n\n{ARTICLE}")
    assert residue(page).text == f"Maduro Meets the Prosecutor in Caracas\n\n{ARTICLE}"


# A site's tags in lower case, as a tag cloud prints them: sixty no list knows, no names.
SIXTY_ITEMS = "\n\n".join(f"{kind} {place}" for kind in ("red", "blue", "green", "old", "quiet", "salt")
                          for place in ("lanterns", "bridges", "fields", "corners", "streets", "harbors", "hills",
                                        "towers", "gardens", "roads"))


def test_up_to_sixty_short_lines_between_residue_after_the_article_are_removed():
    result = residue(f"{ARTICLE}\n\nAdvertisement\n\n{SIXTY_ITEMS}\n\nShare this article")
    assert result.text == ARTICLE
    assert [e.before.strip() for e in result.applied if e.rule == "TF302"] == SIXTY_ITEMS.split("\n\n")


def test_short_lines_after_the_articles_end_are_the_pages():
    footer = "Company Town\n\nOil Fields\n\nPrivacy Policy and Terms of Use\n\nContact the newsroom"
    result = residue(f"{ARTICLE}\n\nShare this article\n\n{footer}")
    assert result.text == ARTICLE


# A page's own prose, in a block apart from the article's: a footer's notice.
NOTICE = "Reproduction of this page without permission is prohibited."
TWELVE_TAGS = "\n\n".join(SIXTY_ITEMS.split("\n\n")[:12])


def test_the_pages_prose_after_the_article_does_not_end_it():
    # The article's last paragraph is the last of the page's largest block of prose, not the
    # footer's notice twelve lines under it: the tags between and the links after go.
    page = f"{NOTICE}\n\nHome\n\n{ARTICLE}\n\nShare this article\n\n{TWELVE_TAGS}\n\n{NOTICE}\n\nContact the newsroom"
    result = residue(page)
    assert result.text == f"{NOTICE}\n\n{ARTICLE}\n\n{NOTICE}"
    assert len([e for e in result.applied if e.reason == "a short line of the page after the article's end"]) == 13


def test_a_subheading_between_paragraphs_after_the_largest_block_stays():
    # The article goes on after a share bar of twelve lines, a smaller block of its prose: the
    # subheading over that block's paragraph is the article's.
    bar = "\n\n".join(["Share this article", "Facebook", "Twitter", "WhatsApp", "Email"] * 3)
    closing = "The court will sit again in May."
    page = f"{ARTICLE}\n\n{bar}\n\nWhat comes next for the court\n\n{closing}\n\nShare this article\n\nCompany Town"
    assert residue(page).text == f"{ARTICLE}\n\nWhat comes next for the court\n\n{closing}"


SIXTY_ONE_ITEMS = f"{SIXTY_ITEMS}\n\nwild geese"
SHARE_BAR = "Share this article\n\nFacebook\n\nTwitter\n\nWhatsApp\n\nEmail\n\nPrint"


def test_more_than_sixty_short_lines_after_the_article_go_when_more_residue_is_around_them():
    bars = "\n\n".join([SHARE_BAR] * 11)  # sixty-six buttons
    result = residue(f"{ARTICLE}\n\n{bars}\n\n{SIXTY_ONE_ITEMS}")
    assert result.text == ARTICLE


def test_more_than_sixty_short_lines_after_the_article_stay_when_less_residue_is_around_them():
    bars = "\n\n".join([SHARE_BAR] * 10)  # sixty buttons: the page after the article is mostly its list
    assert residue(f"{ARTICLE}\n\n{bars}\n\n{SIXTY_ONE_ITEMS}").text == f"{ARTICLE}\n\n{SIXTY_ONE_ITEMS}"


@pytest.mark.parametrize("after", [
    "Published March 3, 2021",  # the article's own date line may close it
    "\u200b",  # marks are no residue to go by (an invisible line between a page's paragraphs)
])
def test_short_lines_after_the_article_and_no_residue_that_ends_it_stay(after):
    items = "Oil\n\nGas\n\nCoal\n\nWind"
    assert residue(f"{ARTICLE}\n\n{after}\n\n{items}").text.endswith(f"{ARTICLE_AFTER}\n\n{items}")


# A tag cloud's labels between residue, as a site prints them.
FIVE_TAGS = SIXTY_ITEMS.split("\n\n")[:5]


@pytest.mark.parametrize("label", [
    "“quiet” corners of the old town",  # opens with a quotation and goes on: no quotation
    "» salt flats",  # a link's arrow
])
def test_labels_opening_with_a_quotation_mark_between_residue_are_removed(label):
    labels = "\n\n".join([label, *FIVE_TAGS])
    assert residue(f"{ARTICLE}\n\nAdvertisement\n\n{labels}\n\nShare this article").text == ARTICLE


# An article of four paragraphs, each of them shorter than a teaser's summary or a comment.
LONGER_ARTICLE = (f"{ARTICLE}\n\nThe prosecutor will visit the office twice a year, the court said.\n\n"
                  f"Both sides will meet again in May to sign the remaining papers.")
TEASER_SUMMARY = "The club paid a record fee for the keeper, who joins the squad in June."
COMMENT = "I have followed this story for years and I think the office will change very little here."


def test_two_lines_of_residue_part_the_article_from_the_pages_prose():
    # A teaser's summary three lines under the article is a block of the page's own, not the
    # article's last paragraph: the lines after the share bar go but for the teaser's headline
    # between two paragraphs, which may be the article's subheading.
    page = (f"{LONGER_ARTICLE}\n\nShare this article\n\nFacebook\n\nRovers sign a new goalkeeper\n\n"
            f"{TEASER_SUMMARY}\n\nCompany Town\n\nOil Fields")
    assert residue(page).text == f"{LONGER_ARTICLE}\n\nRovers sign a new goalkeeper\n\n{TEASER_SUMMARY}"


@pytest.mark.parametrize("inside", [
    "Image",  # one line of residue
    "Advertisement",
    "Advertisement\n\nStory continues below advertisement",  # an advertisement and its notice
    "Anzeige\n\nWeiterlesen nach der Anzeige",
])
def test_an_advertisement_or_one_line_of_residue_does_not_part_the_article(inside):
    # Between paragraphs: the list after it is still inside the article.
    rest = "The plant burns three fuels\n\nOil\n\nGas\n\nThe plant will close in May."
    page = f"{LONGER_ARTICLE}\n\n{inside}\n\n{rest}\n\nShare this article"
    assert residue(page).text == f"{LONGER_ARTICLE}\n\n{rest}"


def test_the_comments_are_no_block_of_the_articles_however_long():
    # Each comment under its reader's name and date is a block of its own, so the article, not
    # the six comments together, is the page's largest block: its headline stays, the tags
    # between it and the comments go.
    comments = "\n\n".join(f"{name}\n\nJune {day}, 2021 at 10:32 am\n\n{COMMENT}" for day, name in enumerate(
        ("Mira Tal", "Rolf Lane", "Ann Poe", "Kim Day", "Lee Ford", "Ida Moss"), start=5))
    tags = "\n\n".join(FIVE_TAGS)
    page = (f"Home\n\nLog In\n\nMaduro Meets the Prosecutor in Caracas\n\n{LONGER_ARTICLE}\n\n"
            f"Share this article\n\nFacebook\n\n{tags}\n\n{comments}")
    result = residue(page)
    assert result.text == "\n\n".join(["Maduro Meets the Prosecutor in Caracas", LONGER_ARTICLE] + [COMMENT] * 6)


def test_a_quotation_after_the_article_stays_but_keeps_no_other_line():
    # A quoted headline among the page's labels: it may be somebody's words, and stays alone.
    labels = "\n\n".join(["“Comes down to one guy”", *FIVE_TAGS])
    assert residue(f"{ARTICLE}\n\n{SHARE_BAR}\n\n{labels}").text == f"{ARTICLE}\n\n“Comes down to one guy”"


def test_teasers_cut_short_after_the_article_go():
    # An ellipsis last: a box cut the headlines short, and they are no sentences however they read.
    teasers = "And the award could go to...\n\nCompany Town\n\nCouncil votes to reopen the old…"
    assert residue(f"{LONGER_ARTICLE}\n\n{SHARE_BAR}\n\n{teasers}").text == LONGER_ARTICLE


def test_the_articles_own_line_cut_short_stays():
    text = between("And then came the vote...")
    assert residue(text).text == text


PRICES = "$1,349.00\n\n$1,649.00\n\n$1,899.00\n\n$2,799.00"


def test_the_page_after_the_article_is_judged_piece_by_piece():
    # A table of prices between two lines of residue may be the article's and stays; the tag
    # cloud after the next line of residue goes all the same.
    tags = "\n\n".join(FIVE_TAGS)
    page = f"{ARTICLE}\n\nShare this article\n\n{PRICES}\n\nAdvertisement\n\n{tags}"
    assert residue(page).text == f"{ARTICLE}\n\n{PRICES}"


def test_a_table_of_keys_and_values_after_the_article_stays():
    # Each value is announced by its key: a piece of its own, the article's. The box's heading
    # over the table goes.
    table = "Region:\n\nNapa Valley\n\nGrape:\n\nZinfandel\n\nClosure:\n\nScrew cap"
    page = f"{ARTICLE}\n\nShare this article\n\nProduct details\n\n{table}"
    assert residue(page).text == f"{ARTICLE}\n\n{table}"


def test_labels_with_their_counts_between_residue_are_removed():
    # A tag cloud printing each tag's count of posts under it: whole numbers alone are no data.
    labels = "\n\n".join(f"{tag}\n\n{count}" for tag, count in zip(FIVE_TAGS, ("12", "7", "1,204", "31", "9")))
    assert residue(f"{ARTICLE}\n\nAdvertisement\n\n{labels}\n\nShare this article").text == ARTICLE


def test_a_menu_whose_items_hold_figures_between_residue_is_removed():
    items = "iPhone 11\n\niPhone XS\n\niOS 13\n\nwatchOS 6\n\nApple Watch Series 4\n\niPad Pro\n\nMacBook Air"
    result = residue(f"{ARTICLE}\n\nAdvertisement\n\n{items}\n\nShare this article")
    assert result.text == ARTICLE


def test_a_menu_whose_items_look_like_names_between_residue_is_removed():
    # Seven items, three shaped like people's names (a magazine's columnists, its sister titles).
    items = "Mira Tal\n\nRolling Stone\n\nPremier League\n\nopen roads\n\nsalt flats\n\nblue hour\n\nold town"
    result = residue(f"{ARTICLE}\n\nAdvertisement\n\n{items}\n\nShare this article")
    assert result.text == ARTICLE


@pytest.mark.parametrize(("before", "items"), [
    # Credits, half of them names: each person, then her role.
    ("", "Mira Tal\n\nlighting\n\nRolf Lane\n\ncamera\n\nAnn Poe\n\nsound\n\nKim Day\n\nediting"),
    ("", SIXTY_ITEMS + "\n\nwild geese"),  # sixty-one lines: too many to judge by their neighbours
    ("", "2 eggs\n\n200 g flour\n\n100 g sugar\n\n1 lemon"),  # quantities: the article's list
    ("", "VIP : 60,000₩\n\nR : 50,000₩\n\nS : 40,000₩\n\nA : 30,000₩"),  # a theatre's prices, each keyed
    ("", PRICES),  # prices
    ("The plant burns:\n\n", "Oil\n\nGas\n\nCoal\n\nWind"),  # announced, an advertisement between
])
def test_longer_runs_between_residue_that_may_be_the_articles_stay(before, items):
    text = f"{ARTICLE}\n\n{before}Advertisement\n\n{items}\n\nShare this article"
    assert residue(text).text == f"{ARTICLE}\n\n{before}{items}"


@pytest.mark.parametrize("kept", [
    "Maduro signed it.",  # a sentence, however short
    "南大阪在住です。",  # a Japanese one
    "Will the court open an office soon?",  # a question in prose
    "What the court asked for:",  # the heading of a list
    "“We were in quarantine for forty days”",  # a quotation
    "»Wir waren vierzig Tage in Quarantäne«",  # a German one
    "Maduro and Guaidó meet the prosecutor in Caracas today",  # nine words: a summary, a caption
])
def test_what_stands_between_residue_after_the_article_and_may_be_its_own_stays(kept):
    text = f"{ARTICLE}\n\nAdvertisement\n\n{kept}\n\nShare this article"
    assert residue(text).text == f"{ARTICLE}\n\n{kept}"


def test_the_headline_above_a_byline_stays_between_residue():
    text = f"Advertisement\n\nMaduro Feels Pressure\n\nBy Tim Niendorf\n\n{ARTICLE}"
    assert residue(text).text == f"Maduro Feels Pressure\n\n{ARTICLE}"


# The article's head over its byline: a kicker, the headline, a deck.
HEAD = "Venezuela\n\nMaduro Feels Pressure\n\nThe court opens an office in Caracas"


def test_short_lines_above_the_articles_head_over_a_byline_go_between_residue():
    tags = "\n\n".join(FIVE_TAGS[:4])
    text = f"Advertisement\n\n{tags}\n\n{HEAD}\n\nBy Tim Niendorf\n\n{ARTICLE}"
    assert residue(text).text == f"{HEAD}\n\n{ARTICLE}"


def test_the_kicker_headline_and_deck_over_a_byline_stay_between_residue():
    assert residue(f"Advertisement\n\n{HEAD}\n\nBy Tim Niendorf\n\n{ARTICLE}").text == f"{HEAD}\n\n{ARTICLE}"


# A site's header: its name, its motto, a line of its own prose (a block apart from the article's), its tags.
SITE_HEADER = f"The Daily Planet\n\nnews from the valley\n\nOur paper serves the valley since 1901.\n\n{TWELVE_TAGS}"


def test_short_lines_above_the_articles_head_and_residue_are_the_pages():
    result = residue(f"{SITE_HEADER}\n\nAdvertisement\n\n{HEAD}\n\nBy Tim Niendorf\n\n{ARTICLE}")
    assert result.text == f"Our paper serves the valley since 1901.\n\n{HEAD}\n\n{ARTICLE}"
    assert len([e for e in result.applied if e.reason == "a short line of the page before the article's head"]) == 14


def test_short_lines_above_the_article_stay_without_a_byline_or_date_line_under_its_head():
    page = f"{SITE_HEADER}\n\nAdvertisement\n\n{HEAD}\n\n{ARTICLE}"
    assert residue(page).text == f"{SITE_HEADER}\n\n{HEAD}\n\n{ARTICLE}"


def test_short_lines_above_the_article_stay_when_prose_stands_in_its_head():
    # A question over its answers' byline, share bars between them and the answers' text.
    question = "Venezuela\n\nMaduro Feels Pressure\n\nOur paper serves the valley since 1901."
    page = f"The Daily Planet\n\nnews from the valley\n\nAdvertisement\n\n{question}\n\nBy Tim Niendorf\n\n" \
           f"{SHARE_BAR}\n\n{SHARE_BAR}\n\n{ARTICLE}"
    assert residue(page).text == f"The Daily Planet\n\nnews from the valley\n\n{question}\n\n{ARTICLE}"


@pytest.mark.parametrize(("key", "metadata"), [("Published", "date"), ("Updated:", "updated")])
def test_a_dates_key_over_the_date_is_the_date_lines_and_the_headline_above_stays(key, metadata):
    text = f"Share this article\n\nMaduro Feels Pressure\n\n{key}\n\nMarch 3, 2021\n\n{ARTICLE}"
    result = residue(text)
    assert result.text == f"Maduro Feels Pressure\n\n{ARTICLE}"
    assert [e.rule for e in result.applied] == ["TF301", "TF303", "TF303"]
    assert result.metadata == {metadata: "March 3, 2021"}


def test_marks_over_a_date_line_are_no_dates_key():
    assert [e.rule for e in residue(f":\n\nMarch 3, 2021\n\n{ARTICLE}").applied] == ["TF308", "TF303"]


def test_a_longer_headline_among_short_lines_between_residue_stays_and_they_go():
    # Other pages' headline among a site's sections: the sections go, the headline stays.
    headline = "Spurs on the brink of their longest losing streak since the nineties"
    labels = f"Food\n\nRestaurants\n\nRecipes and Cooking\n\nBars and Drinks\n\n{headline}\n\nGuide to the City"
    page = f"Home\n\n{labels}\n\nAdvertisement\n\nMaduro Feels Pressure\n\nBy Tim Niendorf\n\n{ARTICLE}"
    assert residue(page).text == f"{headline}\n\nMaduro Feels Pressure\n\n{ARTICLE}"


TITLE_CASE_HEADLINE = "Court Opens Office After Long Talks"  # shaped like a menu's item


@pytest.mark.parametrize("furniture", [
    "", "Advertisement", "Share\n\nTweet", "Menu\n\nSearch\n\nHome\n\nNews\n\nSport\n\nWorld\n\nBusiness"])
@pytest.mark.parametrize("byline", [
    "By Tim Niendorf\n\nMarch 3, 2021", "by\n\nTim Niendorf\n\nMarch 3, 2021", "By\n\nTim Niendorf\n\n|\n\nMarch 3, 2021"])
def test_the_headline_over_its_byline_and_date_line_is_no_menu_item(furniture, byline):
    # Buttons or a menu above, the byline and date line under it, then the article's first
    # paragraph: the line between is the article's headline however the menu around it looks.
    result = residue(f"{furniture}\n\n{TITLE_CASE_HEADLINE}\n\n{byline}\n\n{ARTICLE}".lstrip())
    assert result.text == f"{TITLE_CASE_HEADLINE}\n\n{ARTICLE}"
    assert result.metadata == {"author": "Tim Niendorf", "date": "March 3, 2021"}


@pytest.mark.parametrize("line", [
    "Designed by Elegant Themes | Powered by WordPress",
    "Simple theme. Powered by Blogger.",  # Blogger's footer, and its translations
    "Thème Simple. Fourni par Blogger.",
    "Theme: Catch Evolution by Catch Themes · Powered by WordPress",
    "– WordPress Theme by ThemeGrill · Stolz präsentiert von WordPress",
])
def test_a_sites_credit_line_is_removed(line):
    assert removed(line) == [("TF301", "safe")]


@pytest.mark.parametrize("line", [
    "Powered by Snapdragon",  # one part alone: a heading of a phone's review
    "Summer Theme",
    "Designed by Zaha Hadid | Built by Arup",  # designers alone: an architecture caption
    "The Theme Park | Powered by Fun",
    "Powered by a 2.0-litre engine, the car reaches 100 km/h in six seconds.",
])
def test_lines_naming_what_powers_or_designs_something_are_kept(line):
    assert untouched(line)


@pytest.mark.parametrize("archive", [
    "Archives\nNovember 2019\nOctober 2019\nSeptember 2019",
    "Archiv der Einträge\n2010 September\n2010 Oktober\n2010 November",  # the year first
    "Blog-Archiv\n►\n2019\n(22)\nMai\n(2)\nApril\n(8)\nMärz",  # Blogger's: each month with its count
    "Archives\nNovember 2019\nOctober 2019\nMaduro meets the prosecutor\nSeptember 2019\nKhan visits Caracas",  # posts
    "2015年3月\n2015年2月\n2015年1月\n2014年12月",  # a Japanese or Chinese blog's archive
    "カテゴリー\n商標 (32)\n判例事例 (10)\nコラム (1)",  # a Japanese blog's categories, with their counts
])
def test_a_blogs_archive_and_category_lists_are_removed(archive):
    result = residue(f"{ARTICLE}\n\n{archive}")
    assert result.text == ARTICLE
    assert len(result.applied) == archive.count("\n") + 1


@pytest.mark.parametrize("timeline", [
    "April 2019\nNew era name announced\nMay 2019\nEmperor enthroned\nOctober 2019\nSales tax raised",
    "2019年4月\n新元号を発表\n2019年5月\n令和に改元\n2019年10月\n消費税率引き上げ",
])
def test_the_articles_timeline_is_no_archive_list(timeline):
    text = f"{ARTICLE_BEFORE}\n\n{timeline}\n\n{ARTICLE_AFTER}"
    assert residue(text).text == text


def test_a_timeline_of_full_dates_keeps_its_events():
    # The dates go, as the page's date lines do (each edit shows one in the patch); the events
    # beside them, with nothing but dates around them, are no menu.
    timeline = "April 4, 2019\nNew era name announced\nMay 1, 2019\nEmperor enthroned\nOctober 1, 2019\nSales tax raised"
    result = residue(f"{ARTICLE_BEFORE}\n\n{timeline}\n\n{ARTICLE_AFTER}")
    assert {e.rule for e in result.applied} == {"TF303"}
    for event in ("New era name announced", "Emperor enthroned", "Sales tax raised"):
        assert event in result.text


def test_breadcrumb_trail_is_removed():
    assert residue(between("Home › News › Latin America")).text == f"{ARTICLE_BEFORE}\n\n{ARTICLE_AFTER}"


@pytest.mark.parametrize("text", [
    "Politics\n\nMaduro has been largely isolated internationally since his re-election in 2019.",
    "Maduro feels pressure from many sides\n\nVenezuela's president didn't care much at first.",
    "Ingredients\n200 g sugar\n2 eggs\n1 tablespoon ground cinnamon\nSalt",
    "Pre-Workout Meal\nEat 60–90 minutes before your workout\nMeal 1\nMeal 2\nMeal 3",
    "Results\nKhan\nMaduro\nGuaidó\nBensouda",
])
def test_headings_and_short_lists_of_the_article_are_kept(text):
    assert residue(text).text == text


@pytest.mark.parametrize("header", ["Topics", "Themen in diesem Artikel"])
def test_tag_list_after_its_header_is_removed(header):
    text = f"{ARTICLE_BEFORE}\n\n{header}\nGovernment and politics\n,\nLegal proceedings\n,\nImpeachments"
    assert residue(text).text == ARTICLE_BEFORE


def test_a_wrapped_sentences_last_word_is_no_tag_header():
    # `keywords.` ends a sentence wrapped at 72 columns; `For example:` announces a code block.
    text = ("One known limitation of using the await keyword in the shell is that it will\n"
            "invalidate the lexical scoping of the const and let declarations and their\n"
            "keywords.\n\nFor example:\n\n```console\n> const m = await Promise.resolve(123)\n```\n")
    assert residue(text).text == text


def test_tags_inside_a_bulleted_list_is_one_of_its_items():
    # A package's README lists what its documentation covers: `- Tags` is an item there.
    text = ("The documentation provides information and the API for the following:\n\n"
            "- Version handling\n- Specifiers\n- Metadata\n- Tags\n- Lockfiles\n- Direct URL helpers\n"
            "- Errors\n\nUse pip to install these utilities, or download the source from the project's page.\n")
    assert "Lockfiles" in residue(text).text and "Direct URL helpers" in residue(text).text


WIDGET = "Hiking (12)\nBaking (31)\nGardening (7)\nKnitting (19)\nFly fishing (4)"


def test_a_category_widget_with_its_counts_is_removed():
    result = residue(f"{ARTICLE}\n\nAdvertisement\n{WIDGET}")
    assert result.text == ARTICLE
    assert [e.reason for e in result.applied if e.rule == "TF302"] == [
        "a category widget: labels with their counts of posts"] * 5


@pytest.mark.parametrize("listed", [
    "Hiking (12)\nBaking (31)\nGardening (7)\nKnitting (19)",  # four: the article's list
    "Norway (16)\nGermany (12)\nCanada (11)\nUnited States (9)\nNetherlands (8)",  # ranked: a medal table
])
def test_labels_with_counts_that_are_no_widget_stay(listed):
    text = f"{ARTICLE_BEFORE}\n\n{listed}\n\n{ARTICLE_AFTER}\n\nAdvertisement"
    assert residue(text).text == f"{ARTICLE_BEFORE}\n\n{listed}\n\n{ARTICLE_AFTER}"


def test_most_read_box_is_removed_but_numbered_steps_are_kept():
    box = ("Most Popular\n1\nLongtime gunmaker leaving state for Wyoming\n2\nTeacher realizes dream on TV show\n"
           "3\nPolice call disappearance of bar owner suspicious\n")
    assert residue(f"{ARTICLE_BEFORE}\n{box}{ARTICLE_AFTER}").text == f"{ARTICLE_BEFORE}\n{ARTICLE_AFTER}"
    steps = "Steps\n1\nMix the flour and the sugar\n2\nAdd the eggs\n3\nBake it for an hour"
    assert residue(steps).text == steps


@pytest.mark.parametrize("box", [
    # The box's second column, its ranks from 5 on, under a button.
    "Advertisement\n5\nLongtime gunmaker leaving state for Wyoming\n6\nTeacher realizes dream on TV show\n"
    "7\nPolice call disappearance of bar owner suspicious",
    # Each headline over its rank, a button under the last one.
    "Longtime gunmaker leaving state for Wyoming\n1\nTeacher realizes dream on TV show\n2\n"
    "Police call disappearance of bar owner suspicious\n3\nShare this article",
])
def test_ranked_headlines_beside_residue_are_a_most_read_box(box):
    assert residue(f"{ARTICLE_BEFORE}\n{box}\n{ARTICLE_AFTER}").text == f"{ARTICLE_BEFORE}\n{ARTICLE_AFTER}"


def test_a_numbered_list_among_the_articles_paragraphs_stays():
    ranked = "1\nThe Godfather\n2\nCasablanca\n3\nVertigo"  # no residue beside it: the article's
    assert residue(f"{ARTICLE_BEFORE}\n{ranked}\n{ARTICLE_AFTER}").text == f"{ARTICLE_BEFORE}\n{ranked}\n{ARTICLE_AFTER}"


# ------------------------------------------------------------------ TF303 dates


@pytest.mark.parametrize(("line", "key", "value"), [
    ("Updated 10:32 GMT", "updated", "10:32 GMT"),
    ("Published 10:42 PM EST Mar 3, 2021", "date", "10:42 PM EST Mar 3, 2021"),
    ("Thursday March 4, 2021", "date", "Thursday March 4, 2021"),
    ("Veröffentlicht am 04.11.2021", "date", "04.11.2021"),
    ("Pubblicato il 3 maggio 2021 alle 10:15", "date", "3 maggio 2021 alle 10:15"),
    ("Publicado em 22 de outubro de 2020", "date", "22 de outubro de 2020"),
    ("Opublikowano 3 maja 2021 r.", "date", "3 maja 2021 r."),
    ("Publikacja: 04.05.2021", "date", "04.05.2021"),
    ("Diposting pada Maret 30, 2015", "date", "Maret 30, 2015"),
    ("Senin, 18 November 2019 14:30 WIB", "date", "Senin, 18 November 2019 14:30 WIB"),
    ("Diperbarui 5 jam yang lalu", "updated", "5 jam yang lalu"),
    ("기사입력 2019-11-20 15:24", "date", "2019-11-20 15:24"),
    ("Updated Mar. 4, 2021 9:15 am ET / Original Mar. 4, 2021 8:40 am ET", "updated", "Mar. 4, 2021 9:15 am ET"),
    ("Updated Mar 4, 9:15 AM;", "updated", "Mar 4, 9:15 AM"),  # a script's separator left at the end
    ("Mar 4, 2021 @ 9:15 PM", "date", "Mar 4, 2021 @ 9:15 PM"),  # a blog's "@" before the time
    ("Mar 4, 2021 @21:15", "date", "Mar 4, 2021 @21:15"),
    ("Today 12:01 AM", "date", "Today 12:01 AM"),  # a day named by its distance from today, with a time
    ("Heute um 10:32 Uhr", "date", "Heute um 10:32 Uhr"),
    ("updated: Nov 20 2019, 3:24 pm IST", "updated", "Nov 20 2019, 3:24 pm IST"),  # lower case, but a key's colon
    ("Air Date: November 19, 2019", "date", "November 19, 2019"),
    # one date whose parts stand apart: a weekday and a bare time are no dates alone
    ("Published:Tuesday | April 26, 2022 | 9:52 PM", "date", "Tuesday | April 26, 2022 | 9:52 PM"),
    ("Updated April 2019", "updated", "April 2019"),  # a month and its year: a date only after a key
])
def test_date_lines_are_removed_and_kept_as_metadata(line, key, value):
    result = residue(between(line))
    assert result.text == ARTICLE
    assert result.metadata == {key: value}


@pytest.mark.parametrize("text", ["June 12 – Austin, TX @ Riverside Park Amphitheatre", "2019",
                                  "on 21st March", "March", "10:30 to 11:00 the talks went on",
                                  "Meet us @ 5 PM", "March 4 @janedoe", "Today", "Today only", "Yesterday 2019",
                                  "updated 21st March", "published on Monday | March 4",
                                  "225.86", "2019.11", "Updated at 10:75"])  # prices, a version: no times
def test_things_with_dates_in_them_are_not_date_lines(text):
    assert residue(between(text)).text == between(text)


@pytest.mark.parametrize(("line", "key", "value"), [
    ("4H ago", "date", "4H ago"), ("27M ago", "date", "27M ago"), ("~3 weeks ago", "date", "~3 weeks ago"),
    ("6 mins ago", "date", "6 mins ago"), ("Last updated an hour ago", "updated", "an hour ago"),
    ("updated 12M ago", "updated", "12M ago"), ("vor 5 Stunden", "date", "vor 5 Stunden"),
    ("Aktualisiert vor 2 Std.", "updated", "vor 2 Std."), ("il y a 3 heures", "date", "il y a 3 heures"),
    ("hace 8 minutos", "date", "hace 8 minutos"), ("há 4 dias", "date", "há 4 dias"),
    ("2 giorni fa", "date", "2 giorni fa"), ("Updated 2 years ago", "updated", "2 years ago"),
])
def test_relative_times_are_date_lines(line, key, value):
    result = residue(between(line))
    assert result.text == ARTICLE
    assert result.metadata == {key: value}


@pytest.mark.parametrize("line", ["quinta-feira, 14 de março de 2019 às 09:41", "martes, 4 de junio de 2019"])
def test_lower_case_date_line_opening_with_a_weekday_is_removed(line):
    assert removed(line) == [("TF303", "safe")]
    assert residue(between(line)).metadata == {"date": line}


@pytest.mark.parametrize("text", [
    "Vor 50 Jahren", "25 years ago", "A year ago", "vor allem", "on 3rd June",
    "Three days ago the office opened in Caracas.", "vor 3 Stunden kam die Meldung aus Caracas.",
])
def test_headings_and_sentences_with_relative_times_are_kept(text):
    assert untouched(text)


def test_date_value_needs_a_real_date():
    vocab = vocabulary()
    assert date_value("Nov 18", vocab) == "Nov 18"
    assert date_value("2021-03-04T09:15:30+01:00", vocab) == "2021-03-04T09:15:30+01:00"
    assert date_value("2019", vocab) is None
    assert date_value("April 2019", vocab) is None  # an archive's month, or the article's timeline
    assert date_value("April 2019", vocab, keyed=True) == "April 2019"  # "Updated April 2019"
    assert date_value("May the court decide", vocab) is None


# ------------------------------------------------------------------ TF304 credits


@pytest.mark.parametrize("line", [
    "Photo: Ringo H.W. Chiu, AP", "Image copyright Getty Images",
    "Image caption Relatives of the victims protested outside the intelligence headquarters",
    "Omar Haddad/Deccan Post/Getty Images", "Foto: dpa",
    "(Image credit: Jana Roth/Caracas Daily)", "[Photo: AP]", "Courtesy of Jana Roth",
    "(Omar Haddad/Reuters)", "(Jana Roth / Associated Press)",  # a slash credit in brackets
    "Jana R. Roth Submitted photo", "File photo", "Riverside County Sheriff via AP", "Handout via Reuters",
])
def test_credits_are_removed(line):
    assert residue(between(line)).text == f"{ARTICLE_BEFORE}\n\n{ARTICLE_AFTER}"


@pytest.mark.parametrize("text", [
    "(Chart: how prices rose in 2020 - here)",  # a pointer to a figure of the article
    "(Photo: the mayor at the opening)",
    "(Image credit: Jana Roth) and more text after it",
    "(Trump/Pence)",
    "He sent us the file photo",  # a credit's ending after words that are no names
    "Khan sent the ruling via AP",
    "Breaking news via AP wires",  # "via" an agency, but the line goes on
])
def test_credit_shaped_lines_that_name_no_holder_are_kept(text):
    assert residue(between(text)).text == between(text)


@pytest.mark.parametrize("line", [
    "Jane Doe, Associated Press", "Omar Haddad, AP", "Maria Lopez and John Roe, Associated Press",
    "OMAR HADDAD, REUTERS",
])
def test_names_and_their_agency_are_a_credit(line):
    assert removed(line) == [("TF304", "safe")]


@pytest.mark.parametrize(("line", "metadata"), [
    ("Omar Haddad, AP Sports Writer", {"author": "Omar Haddad", "agency": "AP", "role": "Sports Writer"}),
    ("Jane Doe, Associated Press Writer", {"author": "Jane Doe", "agency": "Associated Press", "role": "Writer"}),
    ("Jana Roth, Reuters correspondent", {"author": "Jana Roth", "agency": "Reuters", "role": "correspondent"}),
    ("Jane Doe, AP Chief Political Correspondent",
     {"author": "Jane Doe", "agency": "AP", "role": "Chief Political Correspondent"}),
    ("By Jane Doe, AP Sports Writer", {"author": "Jane Doe", "agency": "AP", "role": "Sports Writer"}),
])
def test_names_their_agency_and_role_are_a_byline(line, metadata):
    assert removed(line) == [("TF305", "safe")]
    assert residue(between(line)).metadata == metadata


@pytest.mark.parametrize("text", [
    "Jane Doe, Reuters' new editor in Caracas",
    "Jane Doe, Reuters new editor",  # a lower-case description before the role: a list item
    "The office reopened, AP correspondent",
    "Caracas, Reuters",  # no name: a place and an agency (a dateline's remains)
    "The office reopened, AP",
    "Mr Guaido told the court that he had spoken with the prosecutor, and with Jane Doe, AP",
])
def test_lines_ending_in_an_agency_are_kept_unless_names_alone(text):
    assert residue(between(text)).text == between(text)


def test_caption_ending_in_its_credit_is_removed_but_not_a_sentence_about_a_photo_label():
    caption = "Beijing Chaoyang Hospital Credit: Getty - Contributor"
    assert residue(between(caption)).text == f"{ARTICLE_BEFORE}\n\n{ARTICLE_AFTER}"
    long_caption = "The latest case was reported after a hunter killed and ate a rabbit Credit: Getty"
    assert [e.rule for e in residue(between(long_caption)).suggested] == ["TF304"]
    sentence = "He said the Photo: label was wrong about it."
    assert residue(between(sentence)).text == between(sentence)


def test_long_caption_under_a_photo_label_is_only_suggested():
    text = between("Symbolbild: Ann Kiessling hat viele wichtige Entdeckungen im Bereich der Gesundheit gemacht")
    result = residue(text)
    assert result.text == text
    assert [e.rule for e in result.suggested] == ["TF304"]


@pytest.mark.parametrize("line", [
    "© 2021 Northwind Media Group, LLC. All rights reserved.",
    "Copyright © 2005-2021 Riverside Herald",
    "Copyright 2020 Lakeside Broadcasting. All rights reserved.",
    "(c) 2018 Example Verlag GmbH",
    "Copyright Northwind Media Group, all rights reserved",
    "© Tous droits réservés",
    "Copyright ⓒ 엔터미디어. 무단전재 및 재배포 금지",  # Korean: "no copying or redistribution"
    "Copyright (c) 2019 Riverside Herald",  # the sign typed as a "c" in brackets
    "Copyright (с) ООО «Северный Вестник», 2019.",  # ... a Cyrillic "с" in Russian
])
def test_short_copyright_notice_with_a_year_or_rights_is_removed(line):
    assert removed(line) == [("TF304", "safe")]


# A package's README: its code terms (a call, an option, a path, snake_case) make it a text about code.
PACKAGE_README = (
    "Metadata-Version: 2.1\nName: wordlists\nAuthor: Robyn Speer\n\n"
    "Call load_words() with --lang en, or read ~/.cache/wordlists/en.txt and data/en_small.txt "
    "from your own_code.py; see docs/usage.md for more.\n\n"
    "Copyright 2014-2019 Grant Jenks\n"
)


def test_a_code_texts_licence_notice_and_author_header_are_only_proposed():
    result = residue(PACKAGE_README)
    assert result.text == PACKAGE_README
    assert {e.before.strip() for e in result.suggested} == {"Author: Robyn Speer", "Copyright 2014-2019 Grant Jenks"}


def test_a_code_pages_footer_with_the_sign_still_goes():
    text = PACKAGE_README.replace("Copyright 2014-2019 Grant Jenks", "© 2022 GitHub, Inc.")
    assert "© 2022 GitHub" not in residue(text).text


@pytest.mark.parametrize("line", [
    "© Jana Roth", "© Reuters / Omar Haddad", "ⓒ Caracas Daily", "© Foto: Jana Roth/dpa",
])
def test_copyright_sign_before_a_holders_name_is_a_photo_credit(line):
    assert removed(line) == [("TF304", "safe")]


@pytest.mark.parametrize("line", [
    "Braunkohlekraftwerk © Ruth Röder / Clipdealer", "Smog over Delhi © Jana Roth/dpa",
    "Radwege im Salzburger Land © Salzburger Land Tourismus / Markus Greber",
])
def test_a_caption_ending_in_the_copyright_sign_and_its_holder_is_a_photo_credit(line):
    assert removed(line) == [("TF304", "safe")]


@pytest.mark.parametrize("line", [
    "Das Haus wurde 1910 von ihm gebaut. © Jana Roth",  # a sentence: the name may be the article's
    "The license is © the city council",  # no holder's name after the sign
    "Smog over Delhi ©",
])
def test_a_line_with_a_copyright_sign_that_is_no_captions_credit_stays(line):
    assert residue(between(line)).text == between(line)


@pytest.mark.parametrize("line", ["Jana Roth/Caracas Daily", "Omar Haddad / The Deccan Post"])
def test_a_name_and_an_outlet_after_a_slash_is_a_photo_credit(line):
    assert removed(line) == [("TF304", "safe")]


@pytest.mark.parametrize("line", ["Trump/Pence", "Peace and War/Tolstoy", "Jana Roth/the city council",
                                  "Turning Echo On/Off"])
def test_a_slash_without_a_name_and_an_outlet_is_kept(line):
    assert residue(between(line)).text == between(line)


MIT_LICENCE = (
    "MIT License\n\nCopyright (c) 2019 Jane Roe\n\n"
    "Permission is hereby granted, free of charge, to any person obtaining a copy of this software "
    "and associated documentation files, to deal in the Software without restriction.\n\n"
    "THE SOFTWARE IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.\n"
)
BSD_LICENCE = (
    "Copyright (c) 1990 The Regents of the University of California.\nAll rights reserved.\n\n"
    "Redistribution and use in source and binary forms, with or without modification, are "
    "permitted provided that the following conditions are met.\n"
)


@pytest.mark.parametrize("licence", [MIT_LICENCE, BSD_LICENCE])
def test_a_licences_notices_are_its_own(licence):
    # A LICENSE file is copied verbatim: its copyright and rights notices are only proposed.
    result = residue(licence)
    assert result.text == licence
    assert result.suggested and all("licence's own notice" in e.reason for e in result.suggested)


@pytest.mark.parametrize("line", [
    "© The city owns the mural and lends it out",
    "(c) Penalties",
    "Copyright Office",
    ("© 2021 Northwind Media Group. All rights reserved. This article may not be copied, shared or republished"
     " without our written permission."),
    "Copyright claims against the broadcaster rose sharply in 2019.",
])
def test_other_copyright_lines_are_only_suggested(line):
    text = between(line)
    result = residue(text)
    assert result.text == text
    assert [(e.rule, e.applicability.value) for e in result.suggested] == [("TF304", "suggested")]


def test_sentence_about_rights_is_kept():
    text = between("The photographers said all rights reserved by the agency had expired.")
    assert residue(text).text == text


@pytest.mark.parametrize("text", [
    "Photographers waited outside the Miraflores palace for hours.",
    "The photo shows Maduro and Khan holding two documents.",
    "Photo opportunities were rare during the visit.",
])
def test_sentences_about_photos_are_kept(text):
    assert residue(between(text)).text == between(text)


# ------------------------------------------------------------------ TF305 bylines


def test_by_line_is_removed_with_the_author_in_metadata():
    result = residue(between("By Dana Whitfield"))
    assert result.text == ARTICLE
    assert result.metadata == {"author": "Dana Whitfield"}


def test_byline_with_its_date_gives_both():
    result = residue(between("Verfasst von: Jane Doe | 12. März 2019"))
    assert result.text == ARTICLE
    assert result.metadata == {"author": "Jane Doe", "date": "12. März 2019"}


@pytest.mark.parametrize(("line", "metadata"), [
    ("By CARACAS HERALD STAFF", {"author": "CARACAS HERALD STAFF"}),
    ("BY EFE STAFF", {"author": "EFE STAFF"}),
    ("By EFE", {"author": "EFE"}),
    ("By MARIA LOPEZ and JOHN ROE", {"author": "MARIA LOPEZ and JOHN ROE"}),
    ("By The Caracas Daily Staff", {"author": "The Caracas Daily Staff"}),
    ("By Maria Lopez, KTV", {"author": "Maria Lopez, KTV"}),
    ("By Dana LaRue, KTV", {"author": "Dana LaRue, KTV"}),  # a particle's capital inside a surname
    ("by Maria Lopez 5 hours ago", {"author": "Maria Lopez", "date": "5 hours ago"}),
    ("By Maria Lopez on March 3, 2021", {"author": "Maria Lopez", "date": "March 3, 2021"}),
    ("Write to Maria Lopez at maria.lopez@example.com", {"author": "Maria Lopez", "email": "maria.lopez@example.com"}),
    ("Contact Maria Lopez at mlopez@example.org.", {"author": "Maria Lopez", "email": "mlopez@example.org"}),
    ("Maria Lopez @mlopez_ktv", {"author": "Maria Lopez", "handle": "@mlopez_ktv"}),
    ("Maria Lopez @mlopez - 5 hours ago", {"author": "Maria Lopez", "handle": "@mlopez", "date": "5 hours ago"}),
    ("By\xa0Maria Lopez", {"author": "Maria Lopez"}),  # a no-break space after "By"
    ("By\xa0 Maria Lopez, KTV", {"author": "Maria Lopez, KTV"}),
    ("By Staff Writer", {"role": "Staff Writer"}),  # a role for a name: the newsroom names no one
    ("By Political Editor | March 3, 2021", {"role": "Political Editor", "date": "March 3, 2021"}),
    # a name and its job title after a comma, a dash or a bar; a beat or an outlet before the title
    ("By Maria Lopez, Staff Writer", {"author": "Maria Lopez", "role": "Staff Writer"}),
    ("By Maria Lopez - Live Science Contributor", {"author": "Maria Lopez", "role": "Live Science Contributor"}),
    ("By Maria Lopez | Political Editor | March 3, 2021",
     {"author": "Maria Lopez", "role": "Political Editor", "date": "March 3, 2021"}),
])
def test_staff_capitals_contact_and_dated_bylines(line, metadata):
    assert removed(line) == [("TF305", "safe")]
    assert residue(between(line)).metadata == metadata


@pytest.mark.parametrize(("name", "metadata"), [
    ("Maria Lopez", {"author": "Maria Lopez"}),
    ("Maria Lopez - Staff Writer", {"author": "Maria Lopez", "role": "Staff Writer"}),
    ("Troy L. Smith, Cleveland.com", {"author": "Troy L. Smith, Cleveland.com"}),  # as "By Troy L. Smith, …" gives
])
def test_a_byline_split_after_by_is_removed_with_its_metadata(name, metadata):
    result = residue(between(f"By\n\n{name}"))
    assert result.text == ARTICLE
    assert result.metadata == metadata


@pytest.mark.parametrize("line", [
    "Maria Lopez said the office in Caracas would open soon.",
    "Wednesday, the court said",  # no name before the comma
])
def test_a_sentence_after_a_lone_by_stays(line):
    assert residue(between(f"By\n\n{line}")).text == between(line)


@pytest.mark.parametrize("text", [
    "BY THE WAY", "By Order Of The Staff", "By the river, KTV",
    "Write to the court at registry@example.org", "Contact the office at info@example.org for details.",
    "By March 3, 2021 the office had opened.",
    "By Maria Lopez, new editor",  # a title in lower case is a description, not a job title
    "Account: @caracas_daily", "Maria Lopez @mlopez said the vote was fair.", "The Bridge @ Night",
])
def test_headings_and_sentences_that_open_like_bylines_are_kept(text):
    assert untouched(text)


@pytest.mark.parametrize(("line", "metadata"), [
    ("Jane Doe - Mar 4, 2021, 9:12 pm CST", {"author": "Jane Doe", "date": "Mar 4, 2021, 9:12 pm CST"}),
    ("Posted on March 4, 2021 by Jane Doe", {"author": "Jane Doe", "date": "March 4, 2021"}),
    ("12.03.2021 | Jana Roth", {"author": "Jana Roth", "date": "12.03.2021"}),
    ("Veröffentlicht am 3. März 2021 von Jana Roth", {"author": "Jana Roth", "date": "3. März 2021"}),
    ("6:20 AM PST 3/4/2021 by Jane Doe", {"author": "Jane Doe", "date": "6:20 AM PST 3/4/2021"}),
    # ... and with nothing between them
    ("Associated Press March 4, 2021, 9:02 AM", {"author": "Associated Press", "date": "March 4, 2021, 9:02 AM"}),
    ("Jana Roth Thursday, March 4, 2021", {"author": "Jana Roth", "date": "Thursday, March 4, 2021"}),
    ("March 4, 2021 Jana Roth", {"author": "Jana Roth", "date": "March 4, 2021"}),
    ("Jana Roth 4 March 2021", {"author": "Jana Roth", "date": "4 March 2021"}),
    ("2021-03-04 17:27 Jana Roth", {"author": "Jana Roth", "date": "2021-03-04 17:27"}),
    # a blog's account name after a keyed date
    ("Posted on March 4, 2021 by admin", {"author": "admin", "date": "March 4, 2021"}),
    ("Updated March 4, 2021 by jroth_77", {"author": "jroth_77", "date": "March 4, 2021"}),
])
def test_author_and_date_in_either_order_are_a_byline(line, metadata):
    assert removed(line) == [("TF305", "safe")]
    assert residue(between(line)).metadata == metadata


@pytest.mark.parametrize("text", [
    "on 4 March 2021 by Jane Doe",  # lower case: the end of a sentence broken over lines
    "The Big Day - March 3, 2021",  # a heading with its date
    "Paris - March 3, 2021",
    "Jane Doe - March 3, 2021 - John Roe - March 4, 2021",  # two dates: a list of the article
    "Election Day November 3, 2020",  # common words: a heading
    "Mac Pro December 2019",  # no day: a product and its launch
    "Jana Roth 5 hours ago",  # a relative time after a bare name: a byline only after "By"
    "Apollo 11 July 20, 1969",
    "March 4, 2021 - admin",  # a bare date before one lower-case word: no template's key
    "Posted on March 4, 2021 by the river",
])
def test_dates_beside_words_that_are_no_author_are_kept(text):
    assert residue(between(text)).text == between(text)


def test_lists_of_names_with_dates_or_handles_are_kept():
    # One byline names one author; lines naming different names with dates or handles are the
    # article's list.
    events = ("Hurricane Katrina August 29, 2005\n\nHurricane Sandy - October 29, 2012\n\n"
              "Hurricane Harvey August 25, 2017")
    assert residue(between(events)).text == between(events)
    accounts = "Jana Roth @janaroth\n\nMaria Lopez @mlopez\n\nDana Whitfield @danaw"
    assert residue(between(accounts)).text == between(accounts)
    repeated = "Jana Roth March 4, 2021\n\nJana Roth March 4, 2021"
    assert residue(between(repeated)).text == ARTICLE


@pytest.mark.parametrize(("text", "metadata"), [
    (f"By Maria Lopez\n\nmaria.lopez@example.com\n\ntwitter.com/mlopez\n\n{ARTICLE}",
     {"author": "Maria Lopez", "email": "maria.lopez@example.com", "profile": "twitter.com/mlopez"}),
    (f"Advertisement\n\n{ARTICLE}\n\nEmail: maria.lopez@example.com\n\nhttps://www.instagram.com/mlopez/",
     {"email": "maria.lopez@example.com", "profile": "https://www.instagram.com/mlopez/"}),
    (f"Advertisement\n\n{ARTICLE}\n\nx.com/mlopez", {"profile": "x.com/mlopez"}),
])
def test_the_authors_addresses_beside_residue_or_under_the_article_are_removed(text, metadata):
    result = residue(text)
    assert result.text == ARTICLE
    assert result.metadata == metadata
    assert all(e.applicability.value == "safe" for e in result.edits)


@pytest.mark.parametrize("end", [
    "Write to us at:\n\nletters@example.com",  # announced: the article's own
    "example.com/mlopez",  # a site that is no network
    "Tickets: box@example.com",  # a key that is no button
    "Write to letters@example.com with your questions.",  # a sentence
])
def test_addresses_the_article_gives_are_kept(end):
    text = f"Advertisement\n\n{ARTICLE}\n\n{end}"
    assert residue(text).text == f"{ARTICLE}\n\n{end}"


def test_an_address_among_the_paragraphs_or_on_a_page_without_residue_is_kept():
    among = f"Advertisement\n\n{between('tickets@example.com')}"
    assert residue(among).text == between("tickets@example.com")
    last = f"{ARTICLE}\n\nletters@example.com"
    assert residue(last).edits == ()


def test_the_title_above_a_dated_byline_is_no_menu_item():
    # Eight short labels, two of them known furniture: with the byline as a third they would
    # make a long menu, and the post's title would go with it.
    labels = "Our projects\nFor families\nAbout us\nBlog\nVolunteers\nPartners\nOur history\nKnots and their uses"
    text = f"{labels}\n11.12.2021 - Jana Roth\n{ARTICLE_BEFORE}"
    result = residue(text)
    assert "\nKnots and their uses\n" in result.text and "Jana Roth" not in result.text
    assert result.metadata == {"author": "Jana Roth", "date": "11.12.2021"}


@pytest.mark.parametrize("line", ["by Darshil", "Written by Tyrell", "by Tyrell on March 3, 2021"])
def test_a_single_rare_name_after_by_is_a_byline(line):
    assert removed(line) == [("TF305", "safe")]


@pytest.mark.parametrize("text", [
    "By Design", "By Ferry", "By Invitation",  # headings: common words
    "Von Risiken und Nebenwirkungen", "von Beust",  # "von" opens headings and name ends
    "Par Hasard", "By Tyrell\n\nThe tyrell family built the house.",  # the document writes it lower case
])
def test_single_words_after_by_that_are_no_names_are_kept(text):
    assert residue(between(text)).text == between(text)


@pytest.mark.parametrize("heading", ["About Jana Roth", "Über Jana Roth", "Sobre Jana Roth"])
def test_heading_of_the_authors_bio_is_removed_and_the_bio_kept(heading):
    bio = "Jana Roth writes about science from Lisbon."
    result = residue(between(f"{heading}\n\n{bio}"))
    assert result.text == between(bio)
    assert result.metadata == {"author": "Jana Roth"}


@pytest.mark.parametrize("text", [
    "About Jana Roth\n\nThe council met on Monday.",  # the next line names nobody: a heading
    "About Our Ads\n\nOur ads pay for the site.",
])
def test_about_lines_without_the_bio_are_kept(text):
    assert residue(between(text)).text == between(text)


def test_agency_line_under_a_byline_goes_with_it():
    result = residue(between("By Dana Whitfield\n\nAssociated Press"))
    assert result.text == ARTICLE
    assert result.metadata["author"] == "Dana Whitfield"


@pytest.mark.parametrize(("lines", "agency"), [
    ("REUTERS\n\n19 NOV 2019", "REUTERS"),
    ("The Associated Press\n\nPublished Monday, November 18, 2019 8:22 AM", "The Associated Press"),
    ("Staff and agencies\n\nUpdated 10:32 GMT", "Staff and agencies"),
])
def test_agency_alone_beside_the_date_line_is_the_byline(lines, agency):
    result = residue(between(lines))
    assert result.text == ARTICLE
    assert result.metadata["agency"] == agency


@pytest.mark.parametrize("line", ["AFP", "Reuters", "The Associated Press"])
def test_agency_alone_without_a_byline_beside_it_is_kept(line):
    """The seed's closing ``AFP`` is the article's last line; an agency's name may be a heading."""
    assert untouched(line)
    assert residue(f"{ARTICLE}\n\n{line}").edits == ()


def test_lower_case_agencies_beside_a_date_line_is_a_broken_sentence_and_stays():
    result = residue(between("agencies\n\n19 NOV 2019"))
    assert "agencies" in result.text


def test_name_next_to_the_date_line_is_a_byline():
    result = residue(between("Colin Marsh\n\nThursday March 4, 2021"))
    assert result.text == ARTICLE
    assert result.metadata == {"author": "Colin Marsh", "date": "Thursday March 4, 2021"}


@pytest.mark.parametrize("notice", [
    "We use cookies to ensure that we give you the best experience on our website. If you continue to use "
    "this site we will assume that you are happy with it.",
    "Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, gehen wir von Ihrem Einverständnis aus.",
    "En poursuivant votre navigation sur ce site, vous acceptez l’utilisation de cookies.",
])
def test_a_cookie_notice_beside_its_button_is_removed_and_alone_only_proposed(notice):
    assert residue(f"{ARTICLE}\n\n{notice}\n\nAccept").text == ARTICLE
    alone = residue(between(notice))
    assert alone.text == between(notice)
    assert [(e.rule, e.applicability.value) for e in alone.edits] == [("TF301", "suggested")]


@pytest.mark.parametrize("text", [
    "The cookies were baked at the site of the old bakery.",  # one word of a notice's besides cookies
    # A privacy policy explains its cookies at length: a paragraph, no notice.
    "Cookies are small text files that a website stores on your computer when you visit it. " * 8,
])
def test_paragraphs_about_cookies_are_no_notice(text):
    assert residue(f"{ARTICLE}\n\n{text.strip()}\n\nAccept").text == f"{ARTICLE}\n\n{text.strip()}"


@pytest.mark.parametrize("below", ["", "\n\nShare this article"])
def test_the_authors_bio_ending_the_text_is_only_proposed_with_her_name_and_role(below):
    bio = "Bill Thompson is a regular commentator on the BBC World Service programme Go Digital."
    result = residue(f"{ARTICLE}\n\n{bio}{below}")
    assert result.text == f"{ARTICLE}\n\n{bio}"
    proposed = [e for e in result.suggested if e.rule == "TF305"]
    assert [e.before.strip() for e in proposed] == [bio]
    assert dict(proposed[0].metadata) == {"author": "Bill Thompson", "role": "commentator"}


@pytest.mark.parametrize("text", [
    # Among the article's paragraphs: a sentence about somebody.
    f"{ARTICLE_BEFORE}\n\nPhil Helsel is a reporter for NBC News.\n\n{ARTICLE_AFTER}",
    # No role of hers right after the verb, or the article's way of naming people.
    f"{ARTICLE}\n\nMike Leigh is the outsider in the best director category for Vera Drake.",
    f"{ARTICLE}\n\nMr Forsyth is a wonderful writer and should keep his fiction where it belongs.",
])
def test_sentences_about_somebody_are_no_bio(text):
    assert residue(text).edits == ()


def test_author_box_without_a_follow_button_is_only_suggested_but_reported():
    text = between("Tim Niendorf\n\nPolitical Editor.")
    result = residue(text)
    assert result.text == text
    assert {e.rule for e in result.suggested} == {"TF305"}
    # The suggestion still tells the pipeline who wrote the article.
    assert result.metadata == {"author": "Tim Niendorf", "role": "Political Editor"}
    assert residue(text, unsafe=True).text == f"{ARTICLE_BEFORE}\n\n{ARTICLE_AFTER}"


@pytest.mark.parametrize("text", [
    "By Tuesday the protests had spread to Caracas.",
    "By Tuesday - the day of the vote - it was over.",
    "By design, the court works slowly.",
    "Tim Niendorf, the political editor, wrote that Maduro feels pressure.",
    "Ada Okafor\n\nVeteran actress Ada Okafor won the award in 2008.",
    "Juan Guaidó",
])
def test_names_in_prose_and_lone_names_are_not_removed(text):
    assert residue(text).text == text


def test_a_surname_may_keep_its_particles_capital_but_a_brand_is_no_name():
    assert all(name_token().match(word) for word in ["LaMotte", "DiCaprio", "McDonald", "VanDyke", "O'Brien"])
    assert not any(name_token().match(word) for word in ["YouTube", "PayPal", "WhatsApp", "iPhone"])


# ------------------------------------------------------------------ TF306 metadata prefix


@pytest.mark.parametrize("text", [
    "The date 2021-11-04 was chosen by the court.",
    "date 2021-11-04",
    "Updated figures show that more than 100 people died.",
])
def test_prefix_rule_needs_a_key_a_date_and_a_sentence(text):
    assert residue(text).text == text


# ------------------------------------------------------------------ TF307 teasers


@pytest.mark.parametrize("line", [
    "Read more: Inside Maduro's palace", "Click here to subscribe to our daily briefing",
    "Lesen Sie auch: Maduro unter Druck", "Additional reporting by Maria Lopez", "Follow RT on",
    # share buttons' link text: "Click to share on Twitter" as Jetpack's translators write it
    "Klicken, um auf Twitter zu teilen (Wird in neuem Fenster geöffnet)",
    "Cliquez pour partager sur Twitter(ouvre dans une nouvelle fenêtre)",
    "Haz clic para compartir en Twitter (Se abre en una ventana nueva)",
    "Clique na imagem acima", "Clicca qui per abbonarti alla newsletter",  # Portuguese, Italian
    "Filed to:Weird medicine",  # a blog network's tag line, its colon glued to the tag
    # A blog's post navigation: the link's word, then the theme's screen-reader text.
    "Next Next post: Science and Technology links (August 3rd 2019)", "Previous Post: « Almond Flour Cookies",
    "Weiter Nächster Beitrag: Im September: Lizenztextlesung", "Précédent Article précédent : La semaine en images",
    "Entrada anterior: Hola mundo",
])
def test_teasers_and_calls_to_action_are_removed(line):
    assert residue(between(line)).text == f"{ARTICLE_BEFORE}\n\n{ARTICLE_AFTER}"


@pytest.mark.parametrize("line", [
    "Follow Riverside Radio on Instagram, Facebook, Twitter and YouTube.",
    "The whole team contributed to this report.",
    "Click here to get more information or to order the book.",
    "Klicken, um mehr über das Programm zu erfahren, und melden Sie sich dann an.",
    "Next article: why the council voted as it did, and what it means for the town.",
])
def test_teasers_that_are_sentences_are_only_suggested(line):
    result = residue(between(line))
    assert result.text == between(line)
    assert [e.rule for e in result.suggested] == ["TF307"]


@pytest.mark.parametrize("line", [
    "Jane Roe contributed reporting from Caracas.",
    "Northwind News’ John Doe contributed to this report.",
    "Northwind Press writers Ann Poe, Jim Low and Kim Day contributed to this report.",
    "Ana María de la Cruz and Luis Pérez contributed reporting from Santo Domingo.",
])
def test_reporting_credit_of_names_only_is_removed_though_it_reads_as_a_sentence(line):
    assert removed(line) == [("TF307", "safe")]


@pytest.mark.parametrize("line", [
    "More Great Northwind Stories", "Most read in Sport", "More from Riverside Radio",
    "MORE STORIES LIKE THESE", "Trending in Science", "Weitere Meldungen zum Thema:",
    "Meistkommentierte Artikel", "Mehr aus Sachsen", "Más noticias", "Autres articles",
    "Altre notizie", "Więcej artykułów", "Mais notícias", "Другие новости",
    "Riverside Radio Newsletter", "Daily Newsletters", "LOKALBLATT-Newsletter",  # a newsletter box's name
])
def test_teaser_box_headings_are_removed(line):
    assert removed(line) == [("TF307", "safe")]


@pytest.mark.parametrize("text", [
    "More than 200 stories were collected by the team.",
    "More than 200 stories",  # a number between the opener and the noun: a fact, not a box
    "More stories were told that night.",
    "Top 12 Harbour Walks",
    "Latest figures from the ministry",
    "More from the minister came later, he said",
    "Related stories of survival were shared by the crew, who met in Caracas every year",
    "the most read stories of the week",  # lower case: the middle of a sentence broken over lines
    "for the daily newsletter",
    "Khan read the newsletter.",
    "Khan says the weekly briefing became a newsletter",  # six words: a heading of the article
])
def test_lines_that_start_like_teaser_headings_are_kept(text):
    assert residue(between(text)).text == between(text)


@pytest.mark.parametrize("line", [
    "AP-US--Venezuela-Court, 2nd Ld-Writethru", "BC-LA--Venezuela-Court-Investigation",
    "AP-EU--Election Results, Correction",
])
def test_wire_slug_is_removed(line):
    assert removed(line) == [("TF301", "safe")]


@pytest.mark.parametrize("line", [
    "Comment by Jane Roe — 18.07.2011 @ 17:16", "Kommentar von Jane Roe am 18. Juli 2011 um 17:16",
    "Comment by caracas_reader on March 4, 2021 at 8:45 am",
])
def test_comment_header_with_its_date_is_removed(line):
    assert removed(line) == [("TF301", "safe")]


def test_commenter_says_is_removed_before_the_comment_date():
    text = between("caracas_reader says:\n\nMarch 4, 2021 at 8:45 am\n\nGreat piece, thanks.")
    result = residue(text)
    assert result.text == f"{ARTICLE_BEFORE}\n\nGreat piece, thanks.\n\n{ARTICLE_AFTER}"
    assert [e.rule for e in result.applied] == ["TF301", "TF303"]


def test_a_commenter_says_without_a_date_goes_when_the_pages_other_comments_have_theirs():
    comments = ("caracas_reader says:\n\nMarch 4, 2021 at 8:45 am\n\nGreat piece, thanks.\n\n"
                "harbor_watch says:\n\nI disagree with the court.")  # the blog printed no date here
    result = residue(between(comments))
    assert result.text == between("Great piece, thanks.\n\nI disagree with the court.")
    assert [e.rule for e in result.applied] == ["TF301", "TF303", "TF301"]


@pytest.mark.parametrize("line", ["Jane Doe says:", "Der Minister sagt:"])
def test_name_says_before_a_quotation_is_only_suggested(line):
    text = between(f"{line}\n\n“We will not leave Caracas.”")
    result = residue(text)
    assert result.text == text
    assert [(e.rule, e.applicability.value) for e in result.suggested] == [("TF301", "suggested")]


@pytest.mark.parametrize("line", [
    "12 thoughts on “Finding the Lost Harbor”", "One thought on “Lanterns”", "Ein Kommentar zu „Der lange Winter“",
    "3 Antworten zu “Sonntagsgedanken”", "2 commentaires sur « Le phare »", "5 comentarios en «El faro»",
])
def test_heading_over_the_comments_is_removed(line):
    assert removed(line) == [("TF301", "safe")]


@pytest.mark.parametrize("text", [
    "3 thoughts on leadership",  # unquoted: may be the article's own heading
    "10 responses to the crisis were recorded in March.",
])
def test_counts_of_thoughts_that_are_no_comment_heading_are_kept(text):
    assert residue(between(text)).text == between(text)


def test_the_articles_list_above_the_comment_heading_is_no_menu():
    cast = "Other characters\nMira Tal\nRolf Lane\nOssian\nAnn Poe\nKim Day"
    comments = "2 thoughts on “Episode 12: The Lantern”\ncaracas_reader says:\nMarch 4, 2021 at 8:45 am\nGreat episode, thanks."
    result = residue(f"{ARTICLE_BEFORE}\n{cast}\n{comments}")
    assert result.text == f"{ARTICLE_BEFORE}\n{cast}\nGreat episode, thanks."


@pytest.mark.parametrize("text", [
    "Comment by the minister on the 2019 budget was sharp.",
    "Khan says: the office will open soon.",
    "Asked about the delay, the spokesman for the court says:",
])
def test_sentences_about_comments_are_kept(text):
    assert untouched(text)


@pytest.mark.parametrize("text", [
    "Khan said -- after a long pause -- that the office would open.",
    "COVID-19--related cases rose sharply in March.",
    "ABC--the network--said it would appeal.",
])
def test_lines_with_double_dashes_are_kept(text):
    assert residue(between(text)).text == between(text)


@pytest.mark.parametrize("text", [
    "Read the report before you judge it.",
    "Reporting by the BBC found widespread fraud in the election.",
    "Several scientists contributed to this report, which found widespread damage.",
    "Mr Guaido said on Twitter this move would enable the victims to claim justice.",
    "Khan said: “Read more: the report is public.”",
])
def test_sentences_that_start_like_teasers_are_kept(text):
    assert residue(between(text)).text == between(text)


# ------------------------------------------------------------------ TF308 marks


def test_marks_are_removed_only_next_to_residue():
    assert residue(between("Share\n6")).text == f"{ARTICLE_BEFORE}\n\n{ARTICLE_AFTER}"
    separator = between("___")
    assert residue(separator).text == separator


FORTUNES = "\n%\n".join([
    "A method of solution is perfect if we can foresee from the start that it will work.",
    "The faster I go, the further behind I get, and the more I wonder why I started.",
    "Nature abhors a hero. For one thing, he violates the law of conservation of energy.",
    "It is easier to write an incorrect program than to understand a correct one.",
    "DISCLAIMER:\nUse of this advanced computing technology does not imply an endorsement of it.",
    "Beware of bugs in the above code; I have only proved it correct, not tried it.",
]) + "\n"


def test_the_texts_own_separator_stays_next_to_residue():
    # A fortune file's `%` parts its entries: beside the heading a rule takes, it stays.
    result = residue(FORTUNES)
    assert result.text.count("\n%\n") == FORTUNES.count("\n%\n")
    assert [e.rule for e in result.applied] == ["TF301"]


def test_invisible_only_line_is_removed():
    assert residue(between("\u200b")).text == f"{ARTICLE_BEFORE}\n\n{ARTICLE_AFTER}"


# ------------------------------------------------------------------ helpers and settling


def test_normalise_strips_markers_and_counts():
    assert normalise("  • Follow I follow") == "follow i follow"
    assert normalise("Comments (12)") == "comments"
    assert normalise("Read more »") == "read more"


def test_segments_splits_share_bars_into_buttons():
    vocab = vocabulary()
    phrases = vocab.buttons | vocab.bar_words
    assert segments("facebook twitter whatsapp email", phrases, BAR_PHRASE_WORDS) == 4
    assert segments("follow the money", phrases, BAR_PHRASE_WORDS) is None


def test_rules_settle_and_second_run_changes_nothing():
    text = "Skip to content\nHome\nNews\nSport\n" + between("Advertisement") + "\n\nShare\n\nFacebook Twitter"
    first = residue(text)
    assert first.settled
    assert residue(first.text).text == first.text


def test_no_phrase_list_names_an_entry_twice():
    # A list that repeats itself has been extended without reading it: each entry once.
    import tomllib
    from collections import Counter
    from importlib import resources

    from textfix.residue.vocabulary import DATA_FOLDER, DATA_PACKAGE

    def repeated(table: dict, where: str) -> list[str]:
        found = []
        for key, value in table.items():
            if isinstance(value, dict):
                found += repeated(value, f"{where}{key}.")
            elif isinstance(value, list):
                found += [f"{where}{key}: {entry}" for entry, n in Counter(value).items() if n > 1]
        return found

    folder = resources.files(DATA_PACKAGE).joinpath(DATA_FOLDER)
    files = sorted((p for p in folder.iterdir() if p.name.endswith(".toml")), key=lambda p: p.name)
    assert [entry for path in files
            for entry in repeated(tomllib.loads(path.read_text(encoding="utf-8")), f"{path.name}: ")] == []


def test_every_language_list_is_read():
    vocab = vocabulary()
    for word in ("share", "teilen", "compartir", "partager", "bagikan"):
        assert word in vocab.buttons


@pytest.mark.parametrize("line", [
    "Published:", "Posted on", "Last modified:", "Photo 3/12", "Opens in a new window", "Hide caption",
    "Report an error", "Around the Web", "blog comments powered by Disqus", "Please enable JavaScript to view comments",
    "Veröffentlicht am", "Publié le", "Publicado:", "Pubblicato il",
])
def test_widget_strings_and_date_keys_without_their_date_are_removed(line):
    assert residue(between(line)).text == ARTICLE


@pytest.mark.parametrize("text", [
    "Published in 2019, the report found that prices rose.", "Photo 3 was taken in Caracas.",
    "Print and online editions both carried the story.", "The gallery opened on Tuesday.",
    "Iklan itu ditayangkan di televisi nasional.", "Cari tahu lebih lanjut tentang Jakarta",
    "그는 기사입력 시스템을 바꿨다.", "정치와 경제",
])
def test_sentences_opening_with_those_words_are_kept(text):
    assert residue(between(text)).text == between(text)

"""Filling in on a phone: the save buttons are below the sheet too, the form says when the answers were kept on
this device and when earlier answers came back, and a saved file is named after who filled it in."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from .browser import PHONE

SAVED = re.compile(r"^Uw antwoorden zijn op dit apparaat bewaard \(vandaag om \d\d:\d\d\)\.$")


@pytest.fixture
def phone(browser: Browser) -> Page:
    context = browser.new_context(viewport=PHONE, locale="nl-NL", accept_downloads=True)
    tab = context.new_page()
    yield tab
    context.close()


def test_the_save_buttons_are_also_right_below_the_sheet(phone: Page, site_url: str) -> None:
    phone.goto(site_url + "werkbladen/stimuleren.html")
    sheet = phone.locator("form.ws-formulier section.ws")
    below = phone.locator(".ws-onder").get_by_role("group", name="Opslaan, downloaden of afdrukken")
    names = [b.inner_text() for b in below.get_by_role("button").all()]
    assert names == ["Opslaan als bestand", "Download als ingevulde PDF", "Afdrukken"]
    sheet_box, buttons_box = sheet.bounding_box(), below.bounding_box()
    assert sheet_box and buttons_box and 0 <= buttons_box["y"] - (sheet_box["y"] + sheet_box["height"]) < 200
    screens = sheet_box["height"] / PHONE["height"]
    assert screens > 4, f"on a phone Stimuleren is {screens:.1f} screens long: the buttons above are far away"


@pytest.mark.parametrize("werkblad, label, name, expected", [
    ("stimuleren", "Organisatie", "Gemeente Beekveld", "gemeente-beekveld-stimuleren.json"),
    ("ambities", "Ingevuld door", "Tafel Noord (Woonzorg)", "tafel-noord-woonzorg-ambities.json"),
])
def test_a_saved_file_is_named_after_who_filled_it_in(phone: Page, site_url: str, werkblad: str, label: str,
                                                      name: str, expected: str) -> None:
    phone.goto(f"{site_url}werkbladen/{werkblad}.html")
    phone.get_by_label(label, exact=True).fill(name)
    with phone.expect_download() as download:
        phone.locator(".ws-onder").get_by_role("button", name="Opslaan als bestand").click()
    assert download.value.suggested_filename == expected
    message = phone.locator(".ws-melding-kopie")  # shown right above the buttons that were used
    expect(message).to_have_text(f"Uw antwoorden zijn opgeslagen als bestand {expected} (in uw map met downloads).")
    expect(phone.locator(".ws-melding")).to_have_text(message.inner_text())  # the one that screen readers hear


def test_the_form_says_when_answers_were_kept_and_when_they_came_back(phone: Page, site_url: str) -> None:
    phone.goto(site_url + "werkbladen/ambities.html")
    kept = phone.locator(".ws-bewaard")
    expect(kept.first).to_have_text("")
    phone.get_by_label("Ingevuld door", exact=True).fill("Tafel Noord")
    expect(kept.first).to_have_text(SAVED)
    expect(kept.last).to_have_text(SAVED)  # below the sheet too
    phone.reload()
    expect(phone.locator(".ws-melding")).to_have_text(re.compile(
        r"^Uw eerdere antwoorden staan weer in het formulier\. Ze waren op dit apparaat bewaard "
        r"\(vandaag om \d\d:\d\d\)\.$"))
    expect(phone.get_by_label("Ingevuld door", exact=True)).to_have_value("Tafel Noord")


def test_a_praatplaat_says_it_keeps_answers_in_this_tab_only(phone: Page, site_url: str) -> None:
    phone.goto(site_url + "werkbladen/hoe-ziet-u-uw-toekomst.html")
    phone.locator("form.ws-formulier textarea").first.fill("Dichter bij mijn dochter wonen")
    expect(phone.locator(".ws-bewaard").first).to_have_text(re.compile(r"in dit tabblad bewaard"))


def test_without_storage_the_form_does_not_claim_to_keep_anything(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport=PHONE, locale="nl-NL")
    context.add_init_script("Storage.prototype.setItem = function () { throw new Error('QuotaExceededError'); };")
    tab = context.new_page()
    tab.goto(site_url + "werkbladen/ambities.html")
    tab.get_by_label("Ingevuld door", exact=True).fill("Tafel Noord")
    expect(tab.locator(".ws-bewaard").first).to_have_text(
        "Let op: deze browser bewaart niets (opslag uitgeschakeld of vol). Sla uw antwoorden op als bestand.")
    context.close()

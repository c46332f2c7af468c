"""The reader on the seed document (EK 36 800 K, F), parsed for real."""

from __future__ import annotations

from tui.app import create_app


def seed_app(seed_path):
    app = create_app(seed_path, no_cache=True)
    app.animation_level = "none"
    return app


async def test_seed_opens_at_sp1_with_26_questions(seed_path, loaded, ui):
    app = seed_app(seed_path)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await loaded(pilot)
        assert [q.id for q in screen.nav.questions] == (
            [f"SP-{i}" for i in range(1, 20)] + [f"VOLT-{i}" for i in range(1, 6)]
            + ["Visseren-Hamakers-1", "Visseren-Hamakers-2"])
        assert ui.title(screen, "#question-pane") == "Vraag 1 · SP · SP-1"
        assert ui.shown(screen, "#question-pane").startswith("Kan de regering reflecteren op de vraag ")
        assert ui.shown(screen, "#answer-pane").startswith("Defensie maakt altijd de zorgvuldige afw")
        assert ui.shown(screen, "#doc-header").startswith(
            "Nota naar aanleiding van het tweede verslag · Kamerstuk 36 800 K, F · 19 juni 2026")
        outline = screen.query_one("#outline")
        headings = [outline.get_option_at_index(i).prompt.plain for i in range(outline.option_count)
                    if outline.get_option_at_index(i).disabled]
        assert headings == ["SP (19)", "VOLT (5)", "Visseren-Hamakers (2)"]


async def test_seed_sp4_answer_parts(seed_path, loaded, ui):
    app = seed_app(seed_path)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("colon", *"SP-4", "enter")
        answer = ui.shown(screen, "#answer-pane")
        assert answer.startswith("Antwoord 4a.\nIn de beantwoording van de feitelijke vragen")
        assert "\n\nAntwoord 4b.\nIn de beantwoording" in answer
        question = ui.shown(screen, "#question-pane")
        assert "\na. Amerikaanse producenten en leveranciers;" in question
        assert "\nb. Israëliëse producenten en leveranciers?" in question


async def test_seed_sp5_follows_to_sp4_and_back(seed_path, loaded, ui):
    app = seed_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("colon", "5", "enter")
        assert ui.shown(screen, "#answer-pane") == "Zie antwoord vraag 4."
        assert ui.title(screen, "#answer-pane") == "Antwoord 5 (beantwoord met een verwijzing)"
        await pilot.press("f")
        assert screen.nav.current.id == "SP-4"
        assert ui.title(screen, "#question-pane") == "Vraag 4 · SP · SP-4"
        await pilot.press("b")
        assert screen.nav.current.id == "SP-5"


async def test_seed_copy_answer_sp4(seed_path, loaded, monkeypatch):
    monkeypatch.delenv("TERM_PROGRAM", raising=False)
    monkeypatch.delenv("VTE_VERSION", raising=False)
    monkeypatch.delenv("STY", raising=False)
    monkeypatch.delenv("TMUX", raising=False)
    app = seed_app(seed_path)
    notes = []
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await loaded(pilot)
        app.notify = lambda message, **kw: notes.append(message)
        screen.goto(3)
        await pilot.press("y")
        expected = screen.doc.question("SP-4").answer.text.strip()
        assert app.clipboard == expected
        assert notes[-1] == f"Antwoord SP-4 gekopieerd ({len(expected)} tekens)"

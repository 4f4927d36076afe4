"""Scam reports and maintainers on a real database, written by two connections at the same moment: moderation
decides each report once, and one name is one maintainer."""

from __future__ import annotations

from sqlmodel import Session

from registry import maintainers, reports
from registry.db import make_engine
from registry.errors import Conflict
from registry.maintainers import Role
from registry.models import ScamReport
from service import database
from tests.conftest import at_once, new_database


def test_a_report_confirmed_and_dismissed_at_once_ends_one_way(backend, request, tmp_path_factory):
    """Real concurrency, two connections: on SQLite, where FOR UPDATE is nothing, both moderators found the report
    'reported', and it was confirmed (the registry version moved) and then dismissed."""
    with new_database(backend, request, tmp_path_factory) as url:
        database.migrate(url)
        engine = make_engine(url)
        with Session(engine) as session:
            for name, role in (("bo", Role.maintainer), ("root", Role.admin)):
                maintainers.add(session, name=name, role=role, actor="setup")
            report_id = reports.submit(session, kind="phone", value="+14155550187", raw_value="+1 415 555 0187",
                                       claimed_provider="paypal", seen_url=None, excerpt=None)[0].id
            session.commit()
        def moderate(decision: str, reviewer: str):
            return lambda session: reports.moderate(session, report_id=report_id, reviewer=maintainers.get(session, reviewer),
                                                    decision=decision, reason="checked")

        outcomes = {decision: said(outcome) for decision, outcome in
                    zip(("confirmed", "dismissed"), at_once(engine, moderate("confirmed", "bo"), moderate("dismissed", "root")))}
        with Session(engine) as session:
            final = session.get(ScamReport, report_id)
        engine.dispose()
        winner = next((decision for decision, outcome in outcomes.items() if outcome == "done"), None)
        assert winner and list(outcomes.values()).count("done") == 1, outcomes
        assert final.status == winner
        loser = next(outcome for outcome in outcomes.values() if outcome != "done")
        assert loser == f"report {report_id} is already {winner}"


def test_one_name_added_as_a_maintainer_twice_at_once_is_one_maintainer(backend, request, tmp_path_factory):
    """Real concurrency: both adds looked for the name, found none, and the second met the unique index (an
    IntegrityError traceback from the CLI) in place of "a maintainer called 'ana' already exists"."""
    with new_database(backend, request, tmp_path_factory) as url:
        database.migrate(url)
        engine = make_engine(url)
        def add(session: Session) -> None:
            maintainers.add(session, name="ana", role=Role.maintainer, actor="setup")

        outcomes = [said(outcome, done="added") for outcome in at_once(engine, add, add)]
        engine.dispose()
    assert sorted(outcomes) == ["a maintainer called 'ana' already exists", "added"], outcomes


def said(outcome: Exception | None, *, done: str = "done") -> str:
    """An outcome of at_once as the assertions read it: `done`, a refusal's sentence, or another error's name (the unique
    index's, a writer refused outright), which the assertion's message then shows."""
    if outcome is None:
        return done
    return outcome.message if isinstance(outcome, Conflict) else f"refused:{type(outcome).__name__}"

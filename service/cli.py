"""The `verified-contacts` command line."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from registry import audit, baseline, store, validation
from registry.errors import RegistryError
from service import database
from service.settings import get_settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Verified Contacts: official contact channels, checked.")
registry_app = typer.Typer(no_args_is_help=True, help="The curated registry data: validate, import, export, stale, audit.")
audit_app = typer.Typer(no_args_is_help=True, help="The tamper-evident audit log.")
app.add_typer(registry_app, name="registry")
registry_app.add_typer(audit_app, name="audit")

DataDir = Annotated[Optional[Path], typer.Argument(help="Folder of provider files (default: the bundled data).")]


@contextlib.contextmanager
def _engine(seed: bool = False):
    """The configured database, migrated (and seeded with the bundled data when empty, if asked)."""
    settings = get_settings()
    engine = database.prepare(settings.database_url, seed_dir=settings.data_dir if seed else None)
    try:
        yield engine
    finally:
        engine.dispose()


def _fail(message: str, lines: list[str] = ()) -> None:
    for line in lines:
        typer.echo(line, err=True)
    typer.secho(message, fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


@registry_app.command("validate")
def validate(directory: DataDir = None) -> None:
    """Check the data files; print every problem as file:line: message."""
    directory = directory or get_settings().data_dir
    providers, problems = validation.validate_directory(directory)
    if problems:
        _fail(f"{len(problems)} problem(s) in {directory}", [str(problem) for problem in problems])
    channels = sum(len(p.channels) for p in providers)
    policies = sum(len(p.policies) for p in providers)
    typer.echo(f"ok: {len(providers)} providers, {channels} channels, {policies} policies in {directory}")


@registry_app.command("import")
def import_(directory: DataDir = None, actor: Annotated[str, typer.Option(help="Who imports, for the audit log.")] = "cli-import") -> None:
    """Load the data files into the database as an audited baseline (idempotent)."""
    directory = directory or get_settings().data_dir
    try:
        with _engine() as engine, database.session_scope(engine) as session:
            result = baseline.import_directory(session, directory, actor=actor)
    except RegistryError as error:
        _fail(error.message, list(error.detail or []))
    if not result.changed:
        typer.echo(f"unchanged: {result.providers} providers already as in the files (registry version {result.version})")
        return
    typer.echo(f"imported {result.providers} providers: {len(result.changed)} changed, registry version {result.version}")
    for written in result.changed:
        what = "created" if written.created else ", ".join(written.changes) or "evidence"
        typer.echo(f"  {written.slug}: {what} (+{written.evidence_added} evidence)")
    for written in result.written:
        for kept in written.kept_in_database:
            typer.echo(f"  {written.slug}: {kept} is in the database but not in the files; kept (retire it through a proposal)")


@registry_app.command("export")
def export(directory: DataDir = None) -> None:
    """Write the current published state back as data files (byte-identical when nothing changed)."""
    directory = directory or get_settings().data_dir
    with _engine() as engine, database.session_scope(engine) as session:
        written = baseline.export_directory(session, directory)
    typer.echo(f"{len(written)} file(s) written in {directory}" + "".join(f"\n  {path.name}" for path in written))


@registry_app.command("stale")
def stale(
    days: Annotated[Optional[int], typer.Option(help="Re-verification period in days.")] = None,
    files: Annotated[Optional[Path], typer.Option(help="Read these data files instead of the database.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List facts whose newest evidence is older than the re-verification period."""
    settings = get_settings()
    period = days if days is not None else settings.reverify_days
    if files is not None:
        providers, problems = validation.validate_directory(files)
        if problems:
            _fail(f"{len(problems)} problem(s) in {files}; run `registry validate`")
    else:
        with _engine(seed=True) as engine, database.session_scope(engine) as session:
            providers = store.read_providers(session)
    found = baseline.stale_facts(providers, today=dt.datetime.now(dt.UTC).date(), period_days=period)
    if as_json:
        typer.echo(json.dumps([{"provider": f.slug, "fact": f.fact, "last_verified": str(f.last_verified),
                                "age_days": f.age_days} for f in found], ensure_ascii=False, indent=2))
        return
    for fact in found:
        typer.echo(f"{fact.slug}: {fact.fact}: last verified {fact.last_verified} ({fact.age_days} days ago)")
    typer.echo(f"{len(found)} fact(s) older than {period} days")


@audit_app.command("verify")
def audit_verify() -> None:
    """Recompute the audit hash chain; name every changed, removed or reordered event."""
    with _engine() as engine, database.session_scope(engine) as session:
        breaks = audit.verify(session)
        count = len(audit.events(session, limit=10**9))
    if breaks:
        _fail(f"audit chain broken in {len(breaks)} place(s)", [str(b) for b in breaks])
    typer.echo(f"ok: {count} audit events, chain intact")


@app.command("check")
def check_command(
    value: Annotated[str, typer.Argument(help="A phone number, short code, domain, URL or email, as you received it.")],
    region: Annotated[Optional[str], typer.Option(help="Region to read national numbers in (CN, US, GB …).")] = None,
    claims: Annotated[Optional[str], typer.Option("--claims", help="Who they say they are, e.g. 支付宝, MetaMask.")] = None,
    message: Annotated[Optional[str], typer.Option(help="What the caller said or wrote.")] = None,
    direction: Annotated[Optional[str], typer.Option(help="incoming (they contacted you) or outgoing.")] = None,
    channel: Annotated[Optional[str], typer.Option(help="call, sms, email, chat, social or web.")] = None,
    lang: Annotated[Optional[str], typer.Option(help="en or zh.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON, byte for byte.")] = False,
) -> None:
    """Is this number, domain or caller really who they claim to be?"""
    from pydantic import ValidationError

    from registry.check import CheckRequest, check
    from service.api import json_bytes
    from service.runtime import load_index
    from service.schemas import CheckIn

    try:
        body = CheckIn(value=value, region=region, claimed_provider=claims, message=message, direction=direction,
                       channel=channel, lang=lang)
    except ValidationError as error:
        from service.errors import _readable

        _fail("; ".join(_readable(e) for e in error.errors()))
    with _engine(seed=True) as engine:
        index = load_index(engine)
    verdict = check(index, CheckRequest(**body.model_dump())).to_dict()
    if as_json:
        sys.stdout.buffer.write(json_bytes(verdict) + b"\n")
        return
    from service.render import render_verdict

    typer.echo(render_verdict(verdict, color=sys.stdout.isatty()))
    if verdict["risk"] == "high":
        raise typer.Exit(2)


@app.command("serve")
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes (set VC_REDIS_URL to share rate limits).")] = 1,
) -> None:
    """Run the HTTP API (migrates the database and loads the bundled data first when it is empty)."""
    import uvicorn

    settings = get_settings()
    # Once, before any worker starts, so that workers never race to migrate or seed.
    database.prepare(settings.database_url, seed_dir=settings.data_dir if settings.seed_on_start else None).dispose()
    typer.echo(f"Verified Contacts on http://{host}:{port}  (API docs: http://{host}:{port}/docs; database {settings.database_url})")
    uvicorn.run("service.app:create_app", factory=True, host=host, port=port, workers=workers,
                log_level=settings.log_level, access_log=False)


def main() -> None:
    app()


if __name__ == "__main__":
    sys.exit(main())

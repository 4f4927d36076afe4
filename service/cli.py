"""The `verified-contacts` command line."""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from sqlalchemy.exc import OperationalError

from registry import audit, baseline, links, signals, snapshot, store, validation
from registry.errors import RegistryError
from service import database
from service.middleware import redis_problem
from service.settings import ConfigurationError, Settings, get_settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Verified Contacts: official contact channels, checked.")
registry_app = typer.Typer(no_args_is_help=True, help="The curated registry data: validate, import, export, stale, audit.")
audit_app = typer.Typer(no_args_is_help=True, help="The tamper-evident audit log.")
app.add_typer(registry_app, name="registry")
registry_app.add_typer(audit_app, name="audit")

DataDir = Annotated[Optional[Path], typer.Argument(help="Folder of provider files (default: the bundled data).",
                                                   exists=True, file_okay=False)]
OutputDir = Annotated[Optional[Path], typer.Argument(help="Folder to write the provider files in (default: the bundled data).",
                                                     file_okay=False)]


@contextlib.contextmanager
def _engine(seed: bool = True):
    """The configured database, migrated, and seeded with the bundled data when empty (as `serve` does),
    unless seeding is off (`VC_SEED_ON_START=false`) or the command is the import itself."""
    engine = _prepared(_settings(), seed=seed)
    try:
        yield engine
    finally:
        engine.dispose()


def _prepared(settings: Settings, *, seed: bool):
    """The database migrated (and seeded), or the command stopped with why it cannot be reached."""
    try:
        return database.prepare(settings.database_url, seed_dir=settings.data_dir if seed and settings.seed_on_start else None)
    except OperationalError as error:
        _fail(f"cannot open the database at {database.shown(settings.database_url)}: {database.why_not(error)}")


def _settings() -> Settings:
    try:
        return get_settings()
    except ConfigurationError as error:
        _fail("the configuration (the environment, or .env) has a value the service cannot run with", error.lines)


def _fail(message: str, lines: list[str] = ()) -> None:
    for line in lines:
        typer.echo(line, err=True)
    typer.secho(message, fg=typer.colors.RED, err=True)
    raise typer.Exit(1)


@registry_app.command("validate")
def validate(
    directory: DataDir = None,
    links_file: Annotated[Path, typer.Option("--links", help="The link shapes file to check.")] = links.LINKS_FILE,
    signals_file: Annotated[Path, typer.Option("--signals", help="The scam-script signals file to check.")] = signals.SIGNALS_FILE,
) -> None:
    """Check the data files (the providers, links.yaml and signals.yaml); print every problem as file:line: message."""
    directory = directory or _settings().data_dir
    providers, problems = validation.validate_directory(directory)
    # A link shape names providers of the registry: those of the files being checked.
    problems += validation.validate_links_file(links_file, provider_slugs={provider.slug for provider in providers})
    problems += validation.validate_signals_file(signals_file)
    if problems:
        _fail(f"{len(problems)} problem(s) in {directory}, {links_file} and {signals_file}", [str(problem) for problem in problems])
    channels = sum(len(p.channels) for p in providers)
    policies = sum(len(p.policies) for p in providers)
    typer.echo(f"ok: {len(providers)} providers, {channels} channels, {policies} policies in {directory}; "
               f"no problem in {links_file} or {signals_file}")


@registry_app.command("import")
def import_(directory: DataDir = None, actor: Annotated[str, typer.Option(help="Who imports, for the audit log.")] = "cli-import") -> None:
    """Load the data files into the database as an audited baseline (idempotent)."""
    directory = directory or _settings().data_dir
    try:
        with _engine(seed=False) as engine, database.session_scope(engine) as session:
            result = baseline.import_directory(session, directory, actor=actor)
    except RegistryError as error:
        _fail(error.message, list(error.detail or []))
    if isinstance(result, baseline.ProposedImport) and not (result.proposals or result.reverified or result.refused
                                                            or result.already_pending):
        typer.echo(f"unchanged: {result.providers} providers already as in the files (registry version {result.version})")
        return
    if isinstance(result, baseline.ProposedImport):
        # The database already had data: the files' differences went through review, not straight in.
        typer.echo(f"{len(result.proposals)} proposal(s) opened by the import bot for review"
                   + (f" ({', '.join('#' + str(i) for i in result.proposals)})" if result.proposals else "")
                   + f"; {len(result.reverified)} fact(s) re-verified; registry version {result.version}")
        for line in result.already_pending:
            typer.echo(f"  already pending: {line}")
        for line in result.refused:
            typer.echo(f"  refused: {line}")
        for line in result.kept_in_database:
            typer.echo(f"  {line} is in the database but not in the files; kept (retire it through a proposal)")
        return
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
def export(directory: OutputDir = None) -> None:
    """Write the current published state back as data files (byte-identical when nothing changed)."""
    directory = directory or _settings().data_dir
    try:
        with _engine() as engine, database.session_scope(engine) as session:
            written = baseline.export_directory(session, directory)
    except OSError as error:
        _fail(f"cannot write {error.filename or directory}: {error.strerror}; nothing more was written")
    typer.echo(f"{len(written)} file(s) written in {directory}" + "".join(f"\n  {path.name}" for path in written))


@registry_app.command("stale")
def stale(
    days: Annotated[Optional[int], typer.Option(help="Re-verification period in days.", min=0)] = None,
    files: Annotated[Optional[Path], typer.Option(help="Read these data files instead of the database.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List facts whose newest evidence is older than the re-verification period."""
    settings = _settings()
    period = days if days is not None else settings.reverify_days
    if files is not None:
        providers, problems = validation.validate_directory(files)
        if problems:
            _fail(f"{len(problems)} problem(s) in {files}; run `registry validate`")
    else:
        with _engine() as engine, database.session_scope(engine) as session:
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
        from service.errors import readable_error

        _fail("; ".join(readable_error(e) for e in error.errors()))
    with _engine() as engine:
        index = load_index(engine)
    verdict = check(index, CheckRequest(**body.model_dump())).to_dict()
    if as_json:
        sys.stdout.buffer.write(json_bytes(verdict) + b"\n")
        return
    from service.render import render_verdict

    typer.echo(render_verdict(verdict, color=sys.stdout.isatty(), lang=lang))
    if verdict["risk"] == "high":
        raise typer.Exit(2)


@app.command("scan")
def scan_command(
    file: Annotated[str, typer.Argument(help="A page saved as HTML or text, or - for standard input.")],
    url: Annotated[Optional[str], typer.Option(help="The page's own address.")] = None,
    region: Annotated[Optional[str], typer.Option(help="The page's region (CN, US …).")] = None,
    html: Annotated[Optional[bool], typer.Option("--html/--text", help="Parse as HTML (default: guessed).")] = None,
    lang: Annotated[Optional[str], typer.Option(help="en or zh.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON.")] = False,
) -> None:
    """Every phone number, domain and email on a page, who it is presented as, and a verdict for each."""
    from registry.scan import MAX_INPUT_CHARS, ScanRequest, scan
    from service.api import json_bytes
    from service.runtime import load_index
    from service.schemas import check_region

    try:
        raw = sys.stdin.buffer.read(MAX_INPUT_CHARS * 4 + 1) if file == "-" else Path(file).read_bytes()
    except OSError as error:
        _fail(f"cannot read {file}: {error.strerror}")
    if len(raw) > MAX_INPUT_CHARS * 4:
        _fail(f"{file} is larger than the scan limit ({MAX_INPUT_CHARS:,} characters)")
    text = _decode(raw)
    try:
        region = check_region(region)
    except ValueError as error:
        _fail(str(error))
    is_html = html if html is not None else bool(re.search(r"<(html|body|div|p|a|span|br)\b", text[:5000], re.IGNORECASE))
    with _engine() as engine:
        index = load_index(engine)
    result = scan(index, ScanRequest(text=None if is_html else text, html=text if is_html else None, url=url,
                                     region=region, lang=lang)).to_dict()
    if as_json:
        sys.stdout.buffer.write(json_bytes(result) + b"\n")
        return
    from service.render import render_scan

    typer.echo(render_scan(result, color=sys.stdout.isatty(), lang=lang))
    if any(f["risk"] == "high" for f in result["findings"]) or result["advisories"]:
        raise typer.Exit(2)


snapshot_app = typer.Typer(no_args_is_help=True, help="The signed snapshot of the published registry, for offline clients.")
app.add_typer(snapshot_app, name="snapshot")


@snapshot_app.command("keygen")
def snapshot_keygen() -> None:
    """A new signing key: the private half for VC_SNAPSHOT_SIGNING_KEY, the public half for clients to pin."""
    seed = snapshot.new_seed()
    key = snapshot.signing_key(seed)
    typer.echo(f"VC_SNAPSHOT_SIGNING_KEY={seed}")
    typer.echo(f"public key: {key.public_key}")
    typer.echo(f"key id: {key.key_id}")


@snapshot_app.command("write")
def snapshot_write(file: Annotated[Path, typer.Argument(help="Where to write it (a CDN serves it as /v1/snapshot).")]) -> None:
    """Write the signed snapshot of the database's published registry, as GET /v1/snapshot serves it."""
    from service.runtime import load_index

    seed = _settings().snapshot_signing_key
    if seed is None:
        _fail("set VC_SNAPSHOT_SIGNING_KEY first (`verified-contacts snapshot keygen` makes one): "
              "a file signed with a throwaway key is of no use to a client")
    try:
        key = snapshot.signing_key(seed.get_secret_value())
    except ValueError as error:
        _fail(f"VC_SNAPSHOT_SIGNING_KEY: {error}")
    with _engine() as engine:
        index = load_index(engine)
    try:
        file.write_bytes(snapshot.signed(index, key).body)
    except OSError as error:
        _fail(f"cannot write {file}: {error.strerror}")
    typer.echo(f"wrote {file}: registry version {index.version}, {len(index.providers)} providers, key id {key.key_id}")


@snapshot_app.command("verify")
def snapshot_verify(
    file: Annotated[Path, typer.Argument(help="A snapshot, as GET /v1/snapshot served it.")],
    public_key: Annotated[str, typer.Option("--public-key", help="The public key you trust (base64), not the one in the file.")],
) -> None:
    """Check a snapshot's signature against the public key you trust; say what it holds."""
    try:
        document = snapshot.verify(file.read_bytes(), public_key)
    except OSError as error:
        _fail(f"cannot read {file}: {error.strerror}")
    except snapshot.SnapshotInvalid as error:
        _fail(f"{file}: {error.message}")
    channels = sum(len(provider["channels"]) for provider in document["providers"])
    typer.echo(f"ok: signature holds; registry version {document['registry_version']}, "
               f"{len(document['providers'])} providers, {channels} channels, {len(document['known_scams'])} known scams")


@app.command("scrape")
def scrape_command(
    source: Annotated[Optional[str], typer.Argument(help="One source by name (default: all).")] = None,
    from_file: Annotated[Optional[Path], typer.Option("--from-file", help="Run on a saved copy of the page instead of fetching it.")] = None,
) -> None:
    """Re-verify official sources: unchanged facts gain evidence; changes become proposals for review."""
    from scrapers import base, runner

    sources = runner.SOURCES
    if source:
        sources = tuple(module for module in runner.SOURCES if module.NAME == source)
        if not sources:
            _fail(f"no source {source!r}; sources: {', '.join(m.NAME for m in runner.SOURCES)}")
    documents = None
    if from_file is not None:
        if len(sources) != 1:
            _fail("--from-file goes with one SOURCE, the page it is a copy of")
        try:
            text = _decode(from_file.read_bytes())
        except OSError as error:
            _fail(f"cannot read {from_file}: {error.strerror}")
        documents = {sources[0].NAME: base.document_from_text(sources[0].URL, text)}
    with _engine() as engine, database.session_scope(engine) as session:
        report = runner.run(session, sources=sources, documents=documents)
    for line in report.lines():
        typer.echo(line)
    if any(not item.ok for item in report.sources):
        raise typer.Exit(1)


# The HTML standard's prescan reads a page's declared encoding in its first 1,024 bytes: <meta charset="big5">,
# or <meta http-equiv="Content-Type" content="text/html; charset=shift_jis">.
_DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([a-z0-9_.:-]+)", re.IGNORECASE)


def _decode(raw: bytes) -> str:
    """By its byte-order mark (Windows' Notepad saves UTF-16 with one), else by the encoding an HTML page declares,
    else UTF-8, then the Chinese legacy encoding, then Latin-1, which never fails. A UTF-16 file was read as Latin-1,
    a NUL between every two characters; a page saved in Big5 as GB 18030, into other characters."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not raw.startswith(codecs.BOM_UTF32_LE):
        return raw.decode("utf-16", errors="replace")
    encodings = ["utf-8-sig", "gb18030"]
    if declared := _DECLARED_CHARSET.search(raw[:1024]):
        try:
            encodings.insert(0, codecs.lookup(declared[1].decode("ascii")).name)
        except LookupError:
            pass  # a name Python does not know: read as undeclared
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


@app.command("serve")
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes (set VC_REDIS_URL to share rate limits).")] = 1,
) -> None:
    """Run the HTTP API (migrates the database and loads the bundled data first when it is empty)."""
    import uvicorn

    settings = _settings()
    # Asked for, Redis is where every worker counts: a wrong address found now, not as each worker's first request.
    if settings.redis_url and (problem := redis_problem(settings.redis_url)):
        _fail(f"cannot reach Redis at {database.shown(settings.redis_url)} (VC_REDIS_URL): {problem}")
    # Once, before any worker starts, so that workers never race to migrate or seed.
    _prepared(settings, seed=True).dispose()
    typer.echo(f"Verified Contacts on http://{host}:{port}  (API docs: http://{host}:{port}/docs; "
               f"database {database.shown(settings.database_url)})")
    uvicorn.run("service.app:create_app", factory=True, host=host, port=port, workers=workers,
                log_level=settings.log_level, access_log=False)


maintainer_app = typer.Typer(no_args_is_help=True, help="Maintainers and their API tokens.")
review_app = typer.Typer(no_args_is_help=True, help="Proposals: list, show, approve, reject, withdraw (needs your token).")
app.add_typer(maintainer_app, name="maintainer")
app.add_typer(review_app, name="review")

TokenOption = Annotated[Optional[str], typer.Option("--token", envvar="VC_TOKEN", help="Your maintainer token (or VC_TOKEN).")]


@maintainer_app.command("add")
def maintainer_add(name: str, role: Annotated[str, typer.Option(help="maintainer or admin")] = "maintainer",
                   actor: Annotated[str, typer.Option(help="Who adds, for the audit log.")] = "cli") -> None:
    """Add a maintainer; prints their API token once (it is stored only hashed)."""
    from registry import maintainers

    if role not in ("maintainer", "admin"):
        _fail("--role is maintainer or admin (bots are created by the scrapers themselves)")
    try:
        with _engine() as engine, database.session_scope(engine) as session:
            _, token = maintainers.add(session, name=name, role=maintainers.Role(role), actor=actor)
    except RegistryError as error:
        _fail(error.message)
    typer.echo(token)
    typer.echo(f"Token for {name} ({role}). It is shown only now; store it safely.", err=True)


@maintainer_app.command("token")
def maintainer_token(name: str, actor: Annotated[str, typer.Option(help="Who issues, for the audit log.")] = "cli") -> None:
    """Issue another token for an existing maintainer."""
    from registry import maintainers

    try:
        with _engine() as engine, database.session_scope(engine) as session:
            token = maintainers.issue_token(session, maintainer=maintainers.get(session, name), actor=actor)
    except RegistryError as error:
        _fail(error.message)
    typer.echo(token)


@maintainer_app.command("revoke")
def maintainer_revoke(name: str, actor: Annotated[str, typer.Option(help="Who revokes, for the audit log.")] = "cli") -> None:
    """Revoke every token of a maintainer."""
    from registry import maintainers

    try:
        with _engine() as engine, database.session_scope(engine) as session:
            count = maintainers.revoke(session, name=name, actor=actor)
    except RegistryError as error:
        _fail(error.message)
    typer.echo(f"revoked {count} token(s) of {name}")


def _as_maintainer(session, token: str | None):
    from registry import maintainers

    return maintainers.authenticate(session, token)


@review_app.command("list")
def review_list(state: Annotated[str, typer.Option(help="pending, approved, applied, rejected, withdrawn or all")] = "pending",
                token: TokenOption = None) -> None:
    """The proposals in a state, newest first."""
    from registry import review

    if state not in (*review.STATES, "all"):
        # a misspelt state listed nothing, as if there were no such proposals
        _fail(f"--state {state!r} is not one; write {', '.join(review.STATES)} or all")

    try:
        with _engine() as engine, database.session_scope(engine) as session:
            _as_maintainer(session, token)
            for proposal in review.listing(session, state_=None if state == "all" else state):
                typer.echo(f"#{proposal.id}  {proposal.state:<9} {proposal.action} {proposal.subject_kind} "
                           f"{proposal.provider_slug}/{proposal.subject_key}  by {proposal.proposer}: {proposal.reason}")
    except RegistryError as error:
        _fail(error.message)


@review_app.command("show")
def review_show(proposal_id: int, token: TokenOption = None) -> None:
    """A proposal's diff and evidence."""
    from registry import review

    try:
        with _engine() as engine, database.session_scope(engine) as session:
            _as_maintainer(session, token)
            proposal = review.get(session, proposal_id)
            typer.echo(f"#{proposal.id} {proposal.state}: {proposal.action} {proposal.subject_kind} "
                       f"{proposal.provider_slug}/{proposal.subject_key} by {proposal.proposer}\n  why: {proposal.reason}")
            for line in proposal.diff:
                typer.echo(f"  {line['path']}: {json.dumps(line['old'], ensure_ascii=False)} → {json.dumps(line['new'], ensure_ascii=False)}")
    except RegistryError as error:
        _fail(error.message)


@review_app.command("approve")
def review_approve(proposal_id: int, reason: Annotated[Optional[str], typer.Option()] = None, token: TokenOption = None) -> None:
    """Approve another maintainer's proposal; it is applied at once."""
    from registry import review

    try:
        with _engine() as engine, database.session_scope(engine) as session:
            proposal = review.approve(session, proposal_id=proposal_id, reviewer=_as_maintainer(session, token), reason=reason)
            typer.echo(f"#{proposal.id} applied; registry version {proposal.applied_version}")
    except RegistryError as error:
        _fail(error.message)


@review_app.command("reject")
def review_reject(proposal_id: int, reason: Annotated[str, typer.Option(help="Why (required).")], token: TokenOption = None) -> None:
    """Reject a proposal, with a reason."""
    from registry import review

    try:
        with _engine() as engine, database.session_scope(engine) as session:
            review.reject(session, proposal_id=proposal_id, reviewer=_as_maintainer(session, token), reason=reason)
            typer.echo(f"#{proposal_id} rejected")
    except RegistryError as error:
        _fail(error.message)


@app.command("propose")
def propose_command(file: Annotated[Path, typer.Argument(help="A YAML or JSON change: subject_kind, action, provider_slug, subject_key, new_state, evidence, reason.")],
                    token: TokenOption = None) -> None:
    """Propose a change from a file; a second maintainer approves it."""
    import yaml
    from pydantic import ValidationError

    from registry import review
    from service.errors import readable_error
    from service.maintainer_api import ProposalIn

    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        _fail(f"{file}: not a change file ({error})")
    if not isinstance(data, dict):
        # a bare word, a list or an empty file was "'str' object has no attribute 'pop'" with a traceback
        _fail(f"{file}: not a change file (it holds {'nothing' if data is None else 'a ' + type(data).__name__}, not the "
              "fields subject_kind, action, provider_slug, subject_key, new_state, evidence and reason)")
    try:
        # the API's own model: a file is refused for what a POST /v1/proposals of it would be
        change = ProposalIn.model_validate(data).change()
    except ValidationError as invalid:
        _fail(f"{file}: not a change file", [readable_error(problem) for problem in invalid.errors()])
    try:
        with _engine() as engine, database.session_scope(engine) as session:
            proposal = review.propose(session, actor=_as_maintainer(session, token), change=change)
            typer.echo(f"proposal #{proposal.id} is pending review ({len(proposal.diff)} change(s))")
    except RegistryError as error:
        _fail(error.message, [str(line) for line in (error.detail or [])] if isinstance(error.detail, list) else [])


def main() -> None:
    app()


if __name__ == "__main__":
    sys.exit(main())

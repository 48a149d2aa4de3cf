"""``kg serve``: the SPARQL endpoint and web UI under waitress (or Flask's server with --debug)."""
from __future__ import annotations

import ipaddress
import signal
import threading
from urllib.parse import quote

import click

EXAMPLE_QUERY = "SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e a ?type } GROUP BY ?type"


def example_urls(base: str) -> list[str]:
    return [
        f"  web UI            {base}/",
        f"  SPARQL endpoint   {base}/sparql",
        f"  example query     {base}/sparql?query={quote(EXAMPLE_QUERY)}",
        f"  article graphs    {base}/graph?graph=<article IRI>",
        f"  health            {base}/health",
        f"  curl              curl -H 'Accept: text/csv' --data-urlencode 'query={EXAMPLE_QUERY}' {base}/sparql",
    ]


def serve(store_location: str | None, host: str = "127.0.0.1", port: int = 8000, *,
          debug: bool = False, timeout: float = 30.0, update_token: str | None = None,
          cors: str | None = None, max_rows: int = 10_000,
          service_allowlist: tuple[str, ...] = (), threads: int = 4,
          query_workers: int = 4, echo=click.echo) -> None:
    """Run the endpoint until interrupted; prints where it listens first."""
    from kg.web import create_app

    try:
        app = create_app({"KG_STORE_LOCATION": store_location, "KG_QUERY_TIMEOUT": timeout,
                          "KG_UPDATE_TOKEN": update_token, "KG_CORS_ORIGIN": cors,
                          "KG_MAX_ROWS": max_rows, "KG_SERVICE_ALLOWLIST": service_allowlist,
                          "KG_QUERY_WORKERS": query_workers})
    except FileNotFoundError as exc:  # no store there: a user mistake, not a crash
        raise click.ClickException(str(exc)) from None
    try:
        _run(app, host, port, debug=debug, timeout=timeout, update_token=update_token,
             max_rows=max_rows, threads=threads, echo=echo)
    finally:  # stop the query workers, release the store (and its owner service)
        app.extensions["kg.endpoint"].close()
        close = getattr(app.extensions["kg.endpoint"].store, "close", None)
        if close is not None:
            close()


def _run(app, host: str, port: int, *, debug: bool, timeout: float, update_token: str | None,
         max_rows: int, threads: int, echo) -> None:
    mode = "read-write (updates need the Bearer token)" if update_token else "read-only"
    if not _is_loopback(host) and not update_token:
        echo(f"note: listening on {host}: anyone who can reach it can query (read-only)")
    if debug:
        echo(f"kg endpoint ({mode}), Flask debug server on http://{host}:{port}")
        for line in example_urls(f"http://{_url_host(host)}:{port}"):
            echo(line)
        app.run(host=host, port=port, debug=True, use_reloader=False, threaded=True)
        return
    import waitress

    try:
        server = waitress.create_server(
            app, host=host, port=port, threads=threads, ident="kg",
            max_request_body_size=app.config["MAX_CONTENT_LENGTH"],
            channel_timeout=max(60, int(timeout) + 30))
    except OSError as exc:  # port in use, address not on this machine, no permission
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}"
                                   " (another server there? --port 0 picks a free one)") from None
    base = f"http://{_url_host(host)}:{server.effective_port}"
    echo(f"kg endpoint ({mode}) listening on {base} (query timeout {timeout:g} s, "
         f"at most {max_rows} rows)")
    for line in example_urls(base):
        echo(line)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupt)  # stop as cleanly as on Ctrl-C
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


@click.command("serve")
@click.option("--store", "store_location", default=None, metavar="DIR",
              help="Store directory, ':memory:' or sparql+http://… "
                   "(default: $KG_STORE or ./kg-store).")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="0 picks a free port.")
@click.option("--debug", is_flag=True, help="Flask's own server with the debugger (local only).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0.1),
              help="Seconds before a query is stopped.")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(1),
              help="Rows (or triples) a result keeps at most.")
@click.option("--update-token", envvar="KG_UPDATE_TOKEN", default=None,
              help="Allow SPARQL Update and graph writes with 'Authorization: Bearer TOKEN' "
                   "(or $KG_UPDATE_TOKEN).")
@click.option("--cors", default=None, metavar="ORIGIN",
              help="Send Access-Control-Allow-Origin: ORIGIN ('*' for any) on /sparql, /graph.")
@click.option("--allow-service", "service_allowlist", multiple=True, metavar="URL",
              help="A SERVICE endpoint queries may call (repeatable); none by default.")
@click.option("--query-workers", default=4, show_default=True, type=click.IntRange(0, 64),
              help="Query processes kept between queries for a store on disk "
                   "(0: fork one per query).")
def serve_command(store_location, host, port, debug, timeout, max_rows, update_token, cors,
                  service_allowlist, query_workers) -> None:
    """Serve the SPARQL 1.1 endpoint and the web UI over the store."""
    serve(store_location, host, port, debug=debug, timeout=timeout, update_token=update_token,
          cors=cors, max_rows=max_rows, service_allowlist=tuple(service_allowlist),
          query_workers=query_workers)

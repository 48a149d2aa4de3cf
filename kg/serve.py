"""``kg serve``: the SPARQL endpoint and web UI behind kg's HTTP front (Flask's server with --debug)."""
from __future__ import annotations

import ipaddress
import os
import signal
import sys
import threading
from urllib.parse import quote

import click

#: Seconds ``kg serve`` waits for the store to close on shutdown before it exits anyway.
CLOSE_GRACE = 10.0
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
          service_allowlist: tuple[str, ...] = (), query_workers: int = 4,
          query_memory: int | None = 1024, queue: int = 16,
          allowed_hosts: tuple[str, ...] = (), max_connections: int = 512,
          echo=click.echo) -> None:
    """Run the endpoint until interrupted; prints where it listens first."""
    from kg.web import create_app

    config = {"KG_STORE_LOCATION": store_location, "KG_QUERY_TIMEOUT": timeout,
              "KG_UPDATE_TOKEN": update_token, "KG_CORS_ORIGIN": cors,
              "KG_MAX_ROWS": max_rows, "KG_SERVICE_ALLOWLIST": service_allowlist,
              "KG_QUERY_WORKERS": query_workers, "KG_QUERY_QUEUE": queue,
              "KG_QUERY_MEMORY": query_memory * 2**20 if query_memory else None,
              "KG_ALLOWED_HOSTS": allowed_hosts}
    engine = None
    try:
        if update_token and _is_directory(store_location):
            # writes in a process of their own, which an update past its deadline can
            # be killed with (see kg.web.engine)
            from kg.web.engine import Engine, EngineError

            try:
                from kg.store.base import default_location

                engine = Engine(store_location or default_location(),
                                memory=config["KG_QUERY_MEMORY"],
                                allow=tuple(service_allowlist))
            except EngineError as exc:
                raise click.ClickException(str(exc)) from None
            config["KG_ENGINE"] = engine
        app = create_app(config)
    except FileNotFoundError as exc:  # no store there: a user mistake, not a crash
        if engine is not None:
            engine.close()
        raise click.ClickException(str(exc)) from None
    endpoint = app.extensions["kg.endpoint"]
    try:
        _run(app, host, port, debug=debug, timeout=timeout, update_token=update_token,
             max_rows=max_rows, allowed_hosts=allowed_hosts,
             max_connections=max_connections, echo=echo)
    finally:  # stop the query workers, release the store (and its owner service)
        _close(endpoint)


def _close(endpoint) -> None:
    """Stop workers and close the store; an update stuck in the engine cannot hold the
    process: after a grace period it exits regardless."""
    done = threading.Event()

    def close() -> None:
        endpoint.close()
        closer = getattr(endpoint.store, "close", None)
        if closer is not None:
            closer()
        done.set()

    threading.Thread(target=close, daemon=True, name="kg-close").start()
    if not done.wait(CLOSE_GRACE):
        sys.stderr.write("kg: the store did not close in time (an update still running?); "
                         "exiting anyway, nothing half-written is kept\n")
        sys.stderr.flush()
        os._exit(0)


def _run(app, host: str, port: int, *, debug: bool, timeout: float, update_token: str | None,
         max_rows: int, allowed_hosts: tuple[str, ...], max_connections: int, echo) -> None:
    mode = "read-write (updates need the Bearer token)" if update_token else "read-only"
    if not _is_loopback(host) and not update_token:
        echo(f"note: listening on {host}: anyone who can reach it can query (read-only)")
    if not _is_loopback(host) and not allowed_hosts:
        echo("note: no --allowed-hosts: any Host header is accepted (DNS rebinding)")
    if debug:
        echo(f"kg endpoint ({mode}), Flask debug server on http://{host}:{port}")
        for line in example_urls(f"http://{_url_host(host)}:{port}"):
            echo(line)
        app.run(host=host, port=port, debug=True, use_reloader=False, threaded=True)
        return
    from kg.web import sandbox
    from kg.web.front import Front, FrontLimits

    endpoint = app.extensions["kg.endpoint"]
    sandbox.tune_malloc()
    front = Front(endpoint, app, FrontLimits(max_body=app.config["MAX_CONTENT_LENGTH"],
                                             max_connections=max_connections),
                  allowed_hosts=allowed_hosts)
    try:
        port = front.start(host, port)
    except OSError as exc:  # port in use, address not on this machine, no permission
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise click.ClickException(f"cannot listen on {host}:{port}: {reason}"
                                   " (another server there? --port 0 picks a free one)") from None
    try:
        endpoint.warm_up()
        endpoint.count_graphs(wait=30.0)
        base = f"http://{_url_host(host)}:{port}"
        echo(f"kg endpoint ({mode}) listening on {base} (query timeout {timeout:g} s, "
             f"at most {max_rows} rows)")
        for line in example_urls(base):
            echo(line)
        if endpoint.confinement and endpoint.confinement.startswith("unconfined"):
            echo(f"warning: query processes can reach the network ({endpoint.confinement})")
        stop = threading.Event()
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGTERM, signal.SIGINT):
                signal.signal(sig, lambda signum, frame: stop.set())
        while not stop.wait(1.0):
            pass
    finally:
        front.close()


def _is_directory(location: str | None) -> bool:
    """A store directory (not :memory:, not a remote sparql+http store)?"""
    from kg.store.base import default_location

    location = location or default_location()
    return location != ":memory:" and not location.startswith("sparql+")


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
              help="Queries run at once, and query processes kept between queries for a "
                   "store on disk (0: four at once, a process forked per query).")
@click.option("--query-memory", default=1024, show_default=True, type=click.IntRange(0),
              metavar="MB", help="Memory a query process may allocate (0: no limit).")
@click.option("--queue", default=16, show_default=True, type=click.IntRange(0, 10_000),
              help="Requests that wait for a query slot; beyond them 503 at once.")
@click.option("--allowed-hosts", default="", metavar="NAMES",
              help="Comma-separated Host names the server answers to (any when empty): "
                   "a guard against DNS rebinding.")
@click.option("--max-connections", default=512, show_default=True,
              type=click.IntRange(8, 100_000), help="Open client connections at most.")
def serve_command(store_location, host, port, debug, timeout, max_rows, update_token, cors,
                  service_allowlist, query_workers, query_memory, queue, allowed_hosts,
                  max_connections) -> None:
    """Serve the SPARQL 1.1 endpoint and the web UI over the store."""
    serve(store_location, host, port, debug=debug, timeout=timeout, update_token=update_token,
          cors=cors, max_rows=max_rows, service_allowlist=tuple(service_allowlist),
          query_workers=query_workers, query_memory=query_memory or None, queue=queue,
          allowed_hosts=tuple(h.strip().lower() for h in allowed_hosts.split(",")
                              if h.strip()),
          max_connections=max_connections)

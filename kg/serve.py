"""Serving a store: the SPARQL endpoint and web UI behind kg's HTTP front (Flask's
server with ``debug``), run until interrupted. ``kg serve`` (kg/cli/serve.py) calls
:func:`serve`."""
from __future__ import annotations

import ipaddress
import os
import signal
import sys
import threading
from typing import Callable
from urllib.parse import quote

from kg.store.base import default_location
from kg.web import create_app, sandbox
from kg.web.engine import Engine, EngineError
from kg.web.front import Front, FrontLimits

#: Seconds ``kg serve`` waits for the store to close on shutdown before it exits anyway.
CLOSE_GRACE = 10.0
EXAMPLE_QUERY = "SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e a ?type } GROUP BY ?type"


class ServeError(Exception):
    """The server cannot start (no store, an engine that does not come up, a port in
    use), with a message meant for the user."""


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
          echo: Callable[[str], None] | None = None) -> None:
    """Run the endpoint until interrupted; ``echo`` (default: print) says where it
    listens first. ServeError when it cannot start."""
    echo = echo or _print
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
            try:
                engine = Engine(store_location or default_location(),
                                memory=config["KG_QUERY_MEMORY"],
                                allow=tuple(service_allowlist))
            except EngineError as exc:
                raise ServeError(str(exc)) from None
            config["KG_ENGINE"] = engine
        app = create_app(config)
    except BaseException as exc:
        if engine is not None:
            engine.close()
        if isinstance(exc, (FileNotFoundError, ValueError)):  # no store, an empty token
            raise ServeError(str(exc)) from None
        raise
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
    endpoint = app.extensions["kg.endpoint"]
    sandbox.tune_malloc()
    front = Front(endpoint, app, FrontLimits(max_body=app.config["MAX_CONTENT_LENGTH"],
                                             max_connections=max_connections),
                  allowed_hosts=allowed_hosts)
    try:
        port = front.start(host, port)
    except OSError as exc:  # port in use, address not on this machine, no permission
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise ServeError(f"cannot listen on {host}:{port}: {reason}"
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


def _print(line: str) -> None:
    print(line, flush=True)  # a pipe too: whoever started the server waits for the line


def _is_directory(location: str | None) -> bool:
    """A store directory (not :memory:, not a remote sparql+http store)?"""
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

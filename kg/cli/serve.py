"""``kg serve``: the SPARQL endpoint and web UI over the store (:func:`kg.serve.serve`)."""
from __future__ import annotations

import click

from kg.cli.options import store_option


@click.command()
@store_option("location")
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
def serve(store_location: str, host: str, port: int, debug: bool, timeout: float,
          max_rows: int, update_token: str | None, cors: str | None,
          service_allowlist: tuple[str, ...], query_workers: int, query_memory: int,
          queue: int, allowed_hosts: str, max_connections: int) -> None:
    """Serve the SPARQL 1.1 endpoint and the web UI over the store."""
    # kg.serve loads Flask and the HTTP front (about 0.4 s): imported here so other
    # commands start fast
    from kg.serve import ServeError, serve as run_server

    try:
        run_server(store_location, host, port, debug=debug, timeout=timeout,
                   update_token=update_token, cors=cors, max_rows=max_rows,
                   service_allowlist=tuple(service_allowlist), query_workers=query_workers,
                   query_memory=query_memory or None, queue=queue,
                   allowed_hosts=tuple(h.strip().lower() for h in allowed_hosts.split(",")
                                       if h.strip()),
                   max_connections=max_connections, echo=click.echo)
    except ServeError as exc:
        raise click.ClickException(str(exc)) from None

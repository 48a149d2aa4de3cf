"""The triple store: embedded Oxigraph (on disk or in memory), a store directory shared
between processes through its owner, or a remote SPARQL 1.1 server.

One named graph per article; the default graph of a query is the union of all graphs,
so queries need no GRAPH clause. See docs/store.md.
"""
from kg.store.base import (DATASET_FORMATS, FORMATS, AmbiguousArticle, ReadOnlyStore, Store,
                           StoreError, default_location, format_for_path)
from kg.store.local import LocalStore, StoreLocked
from kg.store.remote import RemoteRefused, RemoteStore, RemoteUnavailable
from kg.store.shared import SharedStore, StoreBusy, open_store

__all__ = ["DATASET_FORMATS", "FORMATS", "AmbiguousArticle", "LocalStore", "ReadOnlyStore",
           "RemoteRefused", "RemoteStore", "RemoteUnavailable", "SharedStore", "Store",
           "StoreBusy", "StoreError", "StoreLocked", "default_location", "format_for_path",
           "open_store"]

"""The triple store: embedded Oxigraph (on disk or in memory), a store directory shared
between processes through its owner, or a remote SPARQL 1.1 server.

:mod:`kg.store.base` is the contract a backend implements; :mod:`kg.store.layout` how kg
lays out its data, once for every backend; :class:`Store` what kg code holds. See
docs/store.md.
"""
from kg.store.api import Store, open_store
from kg.store.base import (AmbiguousArticle, Backend, ReadOnlyStore, StoreError,
                           Transaction, default_location)
from kg.store.local import LocalStore, StoreLocked
from kg.store.remote import RemoteRefused, RemoteStore, RemoteUnavailable
from kg.store.shared import SharedStore, StoreBusy

__all__ = ["AmbiguousArticle", "Backend", "LocalStore", "ReadOnlyStore", "RemoteRefused",
           "RemoteStore", "RemoteUnavailable", "SharedStore", "Store", "StoreBusy",
           "StoreError", "StoreLocked", "Transaction", "default_location", "open_store"]

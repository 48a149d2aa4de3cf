"""The UI's pages, one module per kind of page; routes are declared in kg/web/ui.py."""

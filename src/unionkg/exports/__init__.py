"""Exporters: Turtle, TriG, JSON-LD (``rdf``), GraphML (``graphml``) and HTML (``html``).

Each module has a pure ``generate_*(kg)`` that yields text and a thin ``write_*(kg, path_or_file)``
that writes it atomically (``files.write_chunks``). The registry (``unionkg.registry``) names them;
nothing is imported here, so loading one exporter does not load the others' dependencies
(rdflib, networkx, pyvis).
"""

__all__: list[str] = []

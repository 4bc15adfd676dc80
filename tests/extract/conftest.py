"""Helpers the entity and place tests share: extract one invented text, read its entities."""

from __future__ import annotations

from unionkg.extract import extract_article
from unionkg.model import Article, ExtractedEntity, Extraction


def extracted(text: str, **meta: str) -> tuple[Extraction, dict[str, ExtractedEntity]]:
    """The extraction of ``text`` as one article, and its entities by name."""
    ex = extract_article(Article(id="t", text=text, **meta))
    return ex, {e.name: e for e in ex.entities}


def names(ex: Extraction, etype: str) -> set[str]:
    """The names of the extraction's entities of type ``etype``."""
    return {e.name for e in ex.entities if e.type == etype}


def edges(text: str) -> set[tuple[str, str, str]]:
    """The relations of ``text`` as (subject name, type, object name)."""
    ex, _ = extracted(text)
    by_key = {e.key: e.name for e in ex.entities}
    return {(by_key[r.subject], r.type, by_key[r.object]) for r in ex.relations}


def types(text: str) -> dict[str, str]:
    """The types of ``text``'s entities, by name."""
    return {name: e.type for name, e in extracted(text)[1].items()}

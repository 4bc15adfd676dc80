"""Collective contracts: a company's collective contract (某某公司集体合同) is an agreement
between the company and its union, whether or not the sentence names the union."""

from __future__ import annotations

from .collect import Collector, Template, company_union
from .cues import Patterns
from .lexicon import Lexicon

__all__ = ["company_contracts"]

_TEMPLATES = {
    # “某某有限公司集体合同”签字仪式, 某某公司签订工资专项集体合同
    "contract": r"〔O(\d+)〕(?:的)?(?:{collective_contracts})",
    "signing": r"{signing_verbs}",
}


def _build(lex: Lexicon) -> Patterns:
    return Patterns(_TEMPLATES, lex.cue_words)


def company_contracts(out: Collector, tpl: Template) -> None:
    """The company whose collective contract a sentence says is signed, and its union, are
    partners (the contract's two parties)."""
    cues = out.table.lex.compiled(_build)
    if not cues.signing.search(tpl.text):
        return
    for m in cues.contract.finditer(tpl.text):
        company = tpl.slots[f"O{m.group(1)}"]
        if out.table.entities[company].type != "Company":
            continue
        union = company_union(out.table, company)
        out.add("partneredWith", company, union, out.cite(tpl, "company-contract/v1"))

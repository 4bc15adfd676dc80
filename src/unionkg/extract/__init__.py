"""The extract stage: entities and relations of one article.

Extraction is a pure function of one article and read-only resources (the NER model, the
gazetteer, the rules), so it can run per article, in any order, in parallel.
"""

from .extractor import Resources as Resources
from .extractor import default_resources as default_resources
from .extractor import extract_article as extract_article

__all__ = ["Resources", "default_resources", "extract_article"]

"""unionkg: a knowledge graph of trade unions, companies, towns and officials from news articles.

Importing the package is cheap: the NER model, the gazetteer and rdflib load only when used.
"""

from .errors import UnionKGError as UnionKGError
from .model import Article as Article
from .model import KnowledgeGraph as KnowledgeGraph

__all__ = ["Article", "KnowledgeGraph", "UnionKGError", "__version__"]

__version__ = "0.1.0"

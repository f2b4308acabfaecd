"""All the name rules, strongest evidence first (see each module):

1. :mod:`context`: a title (« M. », « Mme », « Dr », « Pr. », « Docteur »), a header label and a
   colon (« Patient : », « Interne : »), « épouse / née », kinship (« sa fille Marie »), care-note
   phrases (« vu par », « transmis à »);
2. :mod:`lists`: the word lists (:mod:`lexicon`), yielding to the eponym rules (:mod:`eponyms`) and to
   place words (« rue Victor Hugo » is an address, found by the place recognisers).
"""

from __future__ import annotations

from egide.detect.names.context import ContextRules
from egide.detect.names.coordination import ListOfNames
from egide.detect.names.lists import ListRules
from egide.detect.names.reader import Lexicon, Span, joinable

__all__ = ["Lexicon", "Rules", "Span", "joinable"]


class Rules(ContextRules, ListRules, ListOfNames):
    """Finds name spans in a list of tokens: :meth:`by_context`, then :meth:`by_lists`, then
    :meth:`coordinated` (the other items of a list holding a name)."""

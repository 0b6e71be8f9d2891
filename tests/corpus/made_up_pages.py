"""A made-up report the page-line tests put furniture after or inside, and what boilerplate marks in a text."""
from viewer.corpus.boilerplate import find_boilerplate

STORY = ("Two men were wounded in a shooting outside a bakery on Friday night, police said. Officers found both men "
         "on the sidewalk and took them to a hospital, where they were listed in stable condition.")


def marked(text: str) -> list[tuple[str, str]]:
    """Each mark's kind and the text it covers, in order."""
    return [(kind, span.text_of(text)) for span, kind in find_boilerplate(text)]

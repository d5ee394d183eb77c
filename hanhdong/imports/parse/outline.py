"""The outline of a document: its numbered headings, at any depth, and the bullet items
under each.

A heading's number has a style: "PHẦN THỨ NHẤT" (or "PHẦN I"), "A.", "I." (or "I-"),
"1." (or "1-", "1 "), "1.1.", "1.1.1.", "1)", "(1)", "a)". Each document nests the styles
in an order of its own: "A." over "I." over "1." over "a)" in a scheme, "I." over "1."
over "(1)" in a program, "1." over "(1)" in a notice. The parser keeps a stack of the open
headings. A number of a style already open goes on from it (after "3." comes "4.", after
"1.2." comes "1.3."); a number of a style not yet open starts a level under the deepest
heading, and must be that style's first ("1", "a", "I", "A"). Numbers out of sequence stay
text, so a wrapped line that starts with "2030 " or "4 (khoá XI…)" stays in its sentence.

The top level is found first: the highest style whose numbers run on through the whole
document without starting again ("1." starts again under each part, so it is not the top
when parts are numbered "I.", "II."). What comes before its first heading is the preamble.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hanhdong.imports.parse.lines import Line, ends_sentence, join
from hanhdong.imports.parse.tables import is_cells_header
from hanhdong.lib.text import fold

LETTERS_VI = "abcdđeghiklmnopqrstuvxy"
LETTERS_EN = "abcdefghijklmnopqrstuvwxyz"
ORDINALS = {
    "mot": 1,
    "nhat": 1,
    "hai": 2,
    "ba": 3,
    "tu": 4,
    "bon": 4,
    "nam": 5,
    "sau": 6,
    "bay": 7,
    "tam": 8,
    "chin": 9,
    "muoi": 10,
}
# styles from the top of an outline down; the top level is the highest one a document uses
RANKS = ["part", "upper", "roman", "arabic1", "arabic)", "paren", "letter"]

_PART = re.compile(r"^ph[aầ]n\s+(?:th[uứ]\s+)?(\w+)\s*[.:\-–]?\s*(.*)$", re.IGNORECASE)
_ROMAN = re.compile(r"^([IVX]{1,5})\s*[.\-–:/)]\s*(.*)$")
_UPPER = re.compile(r"^([A-ZĐ])\s*[.\-–:/)]\s*(.*)$")
_ARABIC = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})(\.|-|–|\)|/)?(?:\s+(\S.*)|\s*$)")
_ARABIC_GLUED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})([.\-–)])(?=[^\W\d_])(\S.*)$")  # "3-Về …"
_PAREN = re.compile(r"^\((\d{1,2})\)\s*(\S.*)?$")
_LETTER = re.compile(r"^([a-zđ])\s*(\)|\.|/)\s*(\S.*)?$")
# bullets typed or drawn from a symbol font ("\uf0b7" is Word's Symbol-font dot in a PDF)
_BULLET = re.compile(r"^([-+•*–—◦▪·●○■□◆◇►▶➢➤✓✔\uf000-\uf0ff])\s*(\S.*)$")
_RULE = re.compile(r"^[-–—_=*~.•]{3,}$|^[*]$")
STOP = re.compile(r"^(nơi nhận|phụ lục|t/m\b|tm\.\s|thay mặt|t/l\b|tl\.\s|k/t\b|kt\.\s)", re.I)


def closes(line: Line) -> bool:
    """Whether ``line`` begins what follows the outline: "Nơi nhận:", the signature, the
    appendix's title — a line of its own, not a wrapped line that starts "Phụ lục kèm theo"."""
    m = STOP.match(line.text)
    if m is None:
        return False
    if m.group(1).lower() != "phụ lục":
        return len(line.text) <= 60
    return _uppercase_ratio(line.text) >= 0.6 or (line.blank_before and len(line.text) <= 60)


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_value(text: str) -> int | None:
    """1 to 39 for "I" to "XXXIX"; None for what is not a Roman numeral."""
    if not re.fullmatch(r"X{0,3}(IX|IV|VI{0,3}|I{1,3})|X{1,3}", text):
        return None
    total = 0
    for index, char in enumerate(text):
        value = _ROMAN_VALUES[char]
        following = _ROMAN_VALUES[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def roman(number: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out += letters
            number -= value
    return out


@dataclass(frozen=True)
class Marker:
    """A heading number at the start of a line."""

    style: str  # one of RANKS, or "arabic2".."arabic4" for "1.1", "1.1.1", …
    value: int | str  # 3 for "3.", "III." or "(3)"; the letter for "c)" or "C."
    number: str  # as the outline keeps it: "III", "C", "1.2", "(3)", "c"
    rest: str  # the heading's text on the same line
    bare: bool = False  # a number followed by nothing but a space ("1 Mục đích")

    @property
    def prefix(self) -> str:
        """ "1.2" for "1.2.3": the number of the heading a deeper decimal one belongs to."""
        return self.number.rsplit(".", 1)[0] if "." in self.number else ""


def markers(text: str) -> list[Marker]:
    """Every reading of the number that opens ``text`` ("I." is a Roman one and a letter)."""
    out = []
    if m := _PART.match(text):
        word = fold(m.group(1))
        value = ORDINALS.get(word) or roman_value(word.upper())
        value = value or (int(word) if word.isdigit() else 0)
        if 0 < value <= 39:
            out.append(Marker("part", value, roman(value), m.group(2).strip()))
    if m := _ROMAN.match(text):
        value = roman_value(m.group(1))
        if value:
            out.append(Marker("roman", value, m.group(1), m.group(2).strip()))
    if m := _UPPER.match(text):
        out.append(Marker("upper", m.group(1).lower(), m.group(1), m.group(2).strip()))
    m = _ARABIC.match(text)
    if m is None and (glued := _ARABIC_GLUED.match(text)) and glued.group(3)[:1].isupper():
        m = glued
    if m:
        number, punct, rest = m.group(1), m.group(2), m.group(3) or ""
        pieces = number.split(".")
        if len(pieces) == 1 and punct == ")":
            out.append(Marker("arabic)", int(number), number, rest))
        else:
            style = f"arabic{len(pieces)}"
            out.append(Marker(style, int(pieces[-1]), number, rest, bare=punct is None))
    if m := _PAREN.match(text):
        out.append(Marker("paren", int(m.group(1)), f"({m.group(1)})", m.group(2) or ""))
    if m := _LETTER.match(text):
        rest = m.group(3) or ""
        if m.group(2) == ")" or rest[:1].isupper():  # "a." and "a/" only before a capital
            out.append(Marker("letter", m.group(1), m.group(1), rest))
    return out


def first_value(style: str) -> int | str:
    return "a" if style in ("letter", "upper") else 1


def follows(style: str, previous: int | str, value: int | str) -> bool:
    """Whether ``value`` comes right after ``previous`` in ``style``."""
    if isinstance(previous, int):
        return isinstance(value, int) and value == previous + 1
    if not isinstance(value, str):
        return False
    for alphabet in (LETTERS_VI, LETTERS_EN):
        index = alphabet.find(previous)
        if 0 <= index < len(alphabet) - 1 and alphabet[index + 1] == value:
            return True
    return False


@dataclass
class Node:
    number: str
    kind: str  # the number's style: part | upper | roman | arabic1 … | paren | letter
    line: int
    value: int | str = 0
    title_lines: list[str] = field(default_factory=list)
    body: list[list[str]] = field(default_factory=list)
    items: list[list[str]] = field(default_factory=list)
    item_markers: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None

    @property
    def title(self) -> str:
        return join(self.title_lines)

    def to_dict(self) -> dict:
        out = {"number": self.number, "title": self.title}
        if self.body:
            out["body"] = "\n".join(join(p) for p in self.body)
        out["items"] = [join(item) for item in self.items]
        out["children"] = [c.to_dict() for c in self.children]
        return out

    def path(self) -> str:
        chain = []
        node = self
        while node is not None:
            chain.append(node.number)
            node = node.parent
        chain.reverse()
        path = chain[0]
        for parent_number, number in zip(chain, chain[1:], strict=False):
            if number.startswith(parent_number + ".") and "." in number:
                path = path[: len(path) - len(parent_number)] + number
            else:
                path += "." + number
        return path

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def _uppercase_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def _heading_like(marker: Marker) -> bool:
    """A part's heading is in capitals ("II. NỘI DUNG"), or its title is on the next line,
    or it is a short title of its own ("II. Nhiệm vụ và giải pháp"), not a sentence."""
    rest = marker.rest
    if not rest or _uppercase_ratio(rest) >= 0.6:
        return True
    return rest[:1].isupper() and len(rest) <= 100 and not re.search(r"[.;,]\s*$", rest)


def top_style(lines: list[Line]) -> str | None:
    """The style of the document's top level: of the styles whose first two numbers open
    headings before the closing, those that never start again, the highest — or a higher
    style still that opens a single heading before it ("I. NHIỆM VỤ" over "1.", "2.")."""
    last: dict[str, int | str] = {}
    runs: dict[str, int] = {}
    first: dict[str, int] = {}  # where each style's first number stands
    restarted: set[str] = set()
    for index, line in enumerate(lines):
        if closes(line) and runs:
            break
        if line.cell:
            continue
        for marker in markers(line.text):
            style = marker.style
            if style not in RANKS:
                continue
            if style in ("part", "upper", "roman") and not _heading_like(marker):
                continue
            if style == "arabic1" and marker.bare and not marker.rest[:1].isupper():
                continue
            if marker.value == first_value(style):
                if style in last:
                    restarted.add(style)
                last[style] = marker.value
                runs.setdefault(style, 1)
                first.setdefault(style, index)
            elif style in last and follows(style, last[style], marker.value):
                last[style] = marker.value
                runs[style] += 1
    running = [s for s in RANKS if runs.get(s, 0) >= 2 and s not in restarted]
    if not running:
        started = [s for s in RANKS if s in runs]
        return started[0] if started else None
    top = running[0]
    above = [
        s
        for s in RANKS[: RANKS.index(top)]
        if s in first and s not in restarted and first[s] < first[top]
    ]
    return above[0] if above else top


class OutlineParser:
    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.parts: list[Node] = []
        self.stack: list[Node] = []  # the open headings, the part first
        self.warnings: list[str] = []
        self.stop_index = len(lines)
        self.first_part_index = 0
        self.top = top_style(lines)
        self.last_of: dict[str, Node] = {}  # the last heading placed of each style

    # -- headings ----------------------------------------------------------------------
    def _heading(
        self, line: Line, previous: Line | None, after_heading: bool
    ) -> tuple[Node, Marker] | None:
        """The node ``line`` opens, placed on the stack, and its number; None when none."""
        for marker in markers(line.text):
            if marker.bare and not self._bare_heading(marker, line, previous, after_heading):
                continue
            node = self._place(marker)
            if node is not None:
                node.line = line.number
                return node, marker
        return None

    @staticmethod
    def _bare_heading(marker: Marker, line: Line, previous: Line | None, after: bool) -> bool:
        """ "1 Mục đích": a number with no dot is a heading only where a paragraph starts,
        after a finished sentence or a heading, before a capital."""
        if marker.style != "arabic1":  # "1.1 Title": the dot inside says enough, before a capital
            return marker.rest[:1].isupper()
        if after:  # right under a heading
            return marker.rest[:1].isupper()
        finished = previous is None or ends_sentence(previous.text)
        return line.blank_before and finished and marker.rest[:1].isupper()

    def _place(self, marker: Marker) -> Node | None:
        style = marker.style
        if style == self.top:
            if style in ("part", "upper", "roman") and not _heading_like(marker):
                return None
            previous = self.parts[-1].value if self.parts else None
            if previous is None and marker.value != first_value(style):
                return None
            if previous is not None and not follows(style, previous, marker.value):
                return None
            node = Node(marker.number, style, 0, marker.value)
            self.parts.append(node)
            self.stack = [node]
            return node
        if not self.stack:
            return None
        depth = next(
            (i for i in range(len(self.stack) - 1, 0, -1) if self.stack[i].kind == style), None
        )
        if depth is not None:  # the next of an open level
            sibling = self.stack[depth]
            if not follows(style, sibling.value, marker.value):
                return None
            parent = self.stack[depth - 1]
            if marker.prefix and not self._is_prefix(parent, marker):
                return None
            keep = depth
        else:  # the first of a new level, under the deepest heading
            if marker.value != first_value(style) and not self._runs_on(marker):
                return None
            keep = len(self.stack)
            if marker.prefix:  # "2.1.": under the open "2."
                keep = next(
                    (
                        i + 1
                        for i in range(len(self.stack) - 1, 0, -1)
                        if self._is_prefix(self.stack[i], marker)
                    ),
                    None,
                )
                if keep is None:
                    return None
            parent = self.stack[keep - 1]
        node = Node(marker.number, style, 0, marker.value, parent=parent)
        parent.children.append(node)
        self.stack = [*self.stack[:keep], node]
        self.last_of[style] = node
        return node

    def _runs_on(self, marker: Marker) -> bool:
        """ "(5)" opening the list under "2.2." when "(4)" ended the one under "2.1.": a list
        of numbered points ("(1)" … "(10)", "1)" …) whose numbering runs on across the
        headings it is spread under."""
        if marker.style not in ("paren", "arabic)"):
            return False
        last = self.last_of.get(marker.style)
        if (
            last is None
            or last.parent is None
            or not follows(marker.style, last.value, marker.value)
        ):
            return False
        uncle = last.parent
        return uncle.parent is not None and uncle.parent is self.stack[-1].parent

    @staticmethod
    def _is_prefix(node: Node, marker: Marker) -> bool:
        depth = int(marker.style[len("arabic") :])
        return node.kind == f"arabic{depth - 1}" and node.number == marker.prefix

    # -- bullets -----------------------------------------------------------------------
    def _is_bullet(self, line: Line, previous: Line | None, in_title: bool) -> re.Match | None:
        m = _BULLET.match(line.text)
        if m is None or self._hyphen_goes_on(m, line, previous, in_title):
            return None
        return m

    @staticmethod
    def _hyphen_goes_on(m: re.Match, line: Line, previous: Line | None, in_title: bool) -> bool:
        """ "kinh tế" / "- xã hội, …": a hyphen that goes on from the line before, inside a
        paragraph, or in small letters where each paragraph is a line of its own (a
        heading's few last words, not a sentence of its own)."""
        if m.group(1) not in "-–" or previous is None or ends_sentence(previous.text):
            return False
        inside = not line.blank_before
        if inside and not in_title:
            return True
        rest = m.group(2)
        if not rest[:1].islower():
            return False
        if inside or line.page_break_before or not in_title:
            return True
        return len(rest.split()) <= 8 and not ends_sentence(rest)

    # -- the pass --------------------------------------------------------------------------
    def parse(self) -> list[Node]:
        current: list[str] | None = None  # the lines of the block being read
        previous: Line | None = None
        after_heading = False
        in_cells = False  # a key-task table copied as cells, read as the table
        for index, line in enumerate(self.lines):
            text = line.text
            in_cells = "|" in text and (in_cells or is_cells_header(text))
            if in_cells:
                continue
            if closes(line) and self.parts:
                self.stop_index = index
                break
            if self.parts and (_RULE.match(text) or line.cell):
                continue  # a rule; a table of tasks or targets in the text, read as a table
            heading = self._heading(line, previous, after_heading) if self.top else None
            if heading is not None:
                node, marker = heading
                if node.parent is None and len(self.parts) == 1:
                    self.first_part_index = index
                current = node.title_lines
                if marker.rest:
                    current.append(marker.rest)
                previous, after_heading = line, True
                continue
            target = self.stack[-1] if self.stack else None
            if target is None:
                previous = line
                continue  # the preamble, before the first part
            in_title = current is target.title_lines
            bullet = _BULLET.match(text)
            goes_on = bullet is not None and self._hyphen_goes_on(bullet, line, previous, in_title)
            if in_title and (goes_on or self._title_goes_on(line, target)):
                current.append(text)  # the heading goes on
                previous = line
                continue
            if goes_on and current is not None:
                current.append(text)
                previous, after_heading = line, False
                continue
            if bullet is not None and not goes_on:
                marker, words = bullet.group(1), bullet.group(2)
                if marker == "*" and words.rstrip().endswith(":") and len(words) < 120:
                    target.body.append([text])  # "* Ưu điểm:": a label over the bullets
                    current = target.body[-1]
                elif marker == "+" and target.item_markers and target.item_markers[-1] != "+":
                    # "+" points under a "-" item belong to that item
                    target.items[-1].append(text)
                    current = target.items[-1]
                else:
                    target.items.append([words])
                    target.item_markers.append(marker)
                    current = target.items[-1]
            elif line.list_marker is None and self._continues(line, previous, current):
                current.append(text)
            else:
                target.body.append([text])
                current = target.body[-1]
            previous, after_heading = line, current is target.title_lines
        for part in self.parts:
            for node in part.walk():
                if not node.title_lines and node.body:
                    node.title_lines = node.body.pop(0)
        return self.parts

    @staticmethod
    def _title_goes_on(line: Line, node: Node) -> bool:
        """A heading in capitals wrapped onto a second line ("… CHỦ YẾU" / "NĂM 2026")."""
        title = join(node.title_lines)
        return (
            not line.cell  # a table under the heading: its header row is no part of the title
            and bool(title)
            and _uppercase_ratio(title) >= 0.8
            and _uppercase_ratio(line.text) >= 0.8
            and len(line.text) < 80
            and not ends_sentence(title)
        )

    @staticmethod
    def _continues(line: Line, previous: Line | None, current: list[str] | None) -> bool:
        if current is None or previous is None:
            return False
        if not line.blank_before:
            return True
        # a paragraph torn by a page break: the sentence goes on after the page number
        return line.page_break_before and not ends_sentence(previous.text)

"""The outline of a program: parts (I, II, III), areas (1.), sub-areas (1.1.), blocks ((1)),
lettered points (a)) and the bullet items under each.

Numbers are accepted only in sequence (the next area after "3." is "4.", the next sub-area
of area 1 after "1.2." is "1.3."), so a wrapped line that happens to start with "2030 " or
"4 (khoá XI…)" stays part of its sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hanhdong.imports.parse.lines import Line, ends_sentence, join

ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
LETTERS_VI = "abcdđeghiklmnopqrstuvxy"
LETTERS_EN = "abcdefghijklmnopqrstuvwxyz"

_PART = re.compile(
    r"^(?:PHẦN\s+(?:THỨ\s+)?(?=[IVX]+\b|NHẤT|HAI|BA|TƯ|BỐN|NĂM)"
    r"(?P<p>I{1,3}|IV|VI{0,3}|IX|X|NHẤT|HAI|BA|TƯ|BỐN|NĂM)\s*[.\-–:]?"
    r"|(?P<r>I{1,3}|IV|VI{0,3}|IX|X)\s*[.\-–:])\s*(?P<rest>\S.*)?$"
)
ORDINALS = {"NHẤT": "I", "HAI": "II", "BA": "III", "TƯ": "IV", "BỐN": "IV", "NĂM": "V"}
_ARABIC = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})(\.|-|–|\))?(?:\s+(\S.*)|\s*$)")
_BLOCK = re.compile(r"^\((\d{1,2})\)\s*(\S.*)?$")
_LETTER = re.compile(r"^([a-zđ])\)\s*(\S.*)?$")
_BULLET = re.compile(r"^([-+•*–◦▪·])\s*(\S.*)$")
STOP = re.compile(r"^(nơi nhận|phụ lục|t/m\b|tm\.\s|thay mặt)", re.IGNORECASE)


@dataclass
class Node:
    number: str
    kind: str  # part | area | sub | block | letter
    line: int
    title_lines: list[str] = field(default_factory=list)
    body: list[list[str]] = field(default_factory=list)
    items: list[list[str]] = field(default_factory=list)
    item_markers: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None

    @property
    def title(self) -> str:
        return join(self.title_lines)

    def child_numbers(self, kind: str) -> list[str]:
        return [c.number for c in self.children if c.kind == kind]

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


def _next_letter(previous: str | None) -> set[str]:
    if previous is None:
        return {"a"}
    out = set()
    for alphabet in (LETTERS_VI, LETTERS_EN):
        i = alphabet.find(previous)
        if 0 <= i < len(alphabet) - 1:
            out.add(alphabet[i + 1])
    return out


class OutlineParser:
    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.parts: list[Node] = []
        self.warnings: list[str] = []
        self.stop_index = len(lines)
        self.first_part_index = 0

    # -- the stack: the deepest open node of each kind ------------------------------
    def _part(self) -> Node | None:
        return self.parts[-1] if self.parts else None

    def _last_child(self, node: Node | None, kinds: tuple[str, ...]) -> Node | None:
        if node is None:
            return None
        for child in reversed(node.children):
            if child.kind in kinds:
                return child
        return None

    def _area(self):
        return self._last_child(self._part(), ("area",))

    def _deepest(self) -> Node | None:
        node = self._part()
        while node is not None and node.children:
            node = node.children[-1]
        return node

    # -- markers -----------------------------------------------------------------------
    def _match_heading(self, text: str) -> tuple[Node, Node | None, str] | None:
        """(new node, its parent, rest of line) when ``text`` opens a valid heading."""
        if m := _PART.match(text):
            roman, rest = m.group("p") or m.group("r"), m.group("rest") or ""
            roman = ORDINALS.get(roman, roman)
            expected = ROMANS[len(self.parts)] if len(self.parts) < len(ROMANS) else None
            if roman == expected and (not rest or _uppercase_ratio(rest) >= 0.6):
                return Node(roman, "part", 0), None, rest
        part = self._part()
        if part is None:
            return None
        if m := _ARABIC.match(text):
            number, punct, rest = m.group(1), m.group(2), m.group(3) or ""
            pieces = [int(p) for p in number.split(".")]
            if len(pieces) == 1:
                if not punct or punct == ")":
                    return None
                last = part.child_numbers("area")
                if pieces[0] == (int(last[-1]) + 1 if last else 1):
                    return Node(number, "area", 0), part, rest
                return None
            parent = self._area()
            prefix = pieces[:-1]
            for _depth in range(1, len(prefix)):
                parent = self._last_child(parent, ("sub",))
            if parent is None or [int(p) for p in parent.number.split(".")] != prefix:
                return None
            last = parent.child_numbers("sub")
            expected = int(last[-1].split(".")[-1]) + 1 if last else 1
            if pieces[-1] == expected:
                return Node(number, "sub", 0), parent, rest
            return None
        if m := _BLOCK.match(text):
            parent = self._heading_for("block")
            if parent is None:
                return None
            last = parent.child_numbers("block")
            expected = int(last[-1].strip("()")) + 1 if last else 1
            if int(m.group(1)) == expected:
                return Node(f"({m.group(1)})", "block", 0), parent, m.group(2) or ""
            return None
        if m := _LETTER.match(text):
            parent = self._heading_for("letter")
            if parent is None:
                return None
            letters = [c.number for c in parent.children if c.kind == "letter"]
            if m.group(1) in _next_letter(letters[-1] if letters else None):
                return Node(m.group(1), "letter", 0), parent, m.group(2) or ""
        return None

    def _heading_for(self, kind: str) -> Node | None:
        """The node a "(n)" block or an "a)" point belongs to: the deepest open heading."""
        allowed = {"block": ("part", "area", "sub"), "letter": ("part", "area", "sub", "block")}
        node = self._deepest()
        while node is not None and node.kind not in allowed[kind]:
            node = node.parent
        if node is not None and node.kind == "part" and kind == "block":
            return None
        return node

    def _is_bullet(self, line: Line, previous: Line | None) -> re.Match | None:
        m = _BULLET.match(line.text)
        if m is None:
            return None
        rest = m.group(2)
        # "kinh tế" / "- xã hội, …": a hyphen that continues the previous line
        if (
            m.group(1) in "-–"
            and rest[:1].islower()
            and previous is not None
            and (not line.blank_before or line.page_break_before)
            and not ends_sentence(previous.text)
        ):
            return None
        return m

    # -- the pass --------------------------------------------------------------------------
    def parse(self) -> list[Node]:
        current: list[str] | None = None  # the lines of the block being read
        previous: Line | None = None
        for index, line in enumerate(self.lines):
            text = line.text
            if STOP.match(text) and self.parts:
                self.stop_index = index
                break
            heading = self._match_heading(text)
            if heading is not None:
                node, parent, rest = heading
                node.line = line.number
                if parent is None:
                    if not self.parts:
                        self.first_part_index = index
                    self.parts.append(node)
                else:
                    node.parent = parent
                    parent.children.append(node)
                current = node.title_lines
                if rest:
                    current.append(rest)
                previous = line
                continue
            target = self._deepest()
            if target is None:
                previous = line
                continue  # the preamble, before part I
            if bullet := self._is_bullet(line, previous):
                marker = bullet.group(1)
                if marker == "+" and target.item_markers and target.item_markers[-1] != "+":
                    # "+" points under a "-" item belong to that item
                    target.items[-1].append(line.text)
                    current = target.items[-1]
                else:
                    target.items.append([bullet.group(2)])
                    target.item_markers.append(marker)
                    current = target.items[-1]
            elif line.list_marker is None and self._continues(line, previous, current):
                current.append(text)
            else:
                target.body.append([text])
                current = target.body[-1]
            previous = line
        for part in self.parts:
            for node in part.walk():
                if not node.title_lines and node.body:
                    node.title_lines = node.body.pop(0)
        return self.parts

    @staticmethod
    def _continues(line: Line, previous: Line | None, current: list[str] | None) -> bool:
        if current is None or previous is None:
            return False
        if not line.blank_before:
            return True
        # a paragraph torn by a page break: the sentence goes on after the page number
        return line.page_break_before and not ends_sentence(previous.text)

"""Which area of the program and which agency a citizen's submission most likely concerns.

Two kinds of evidence, added up per area:
- the program's own words (titles and items of each part-II area). Citizens describe
  symptoms rather than policies ("đèn đường tắt", "làm sổ đỏ mãi không xong"), so the
  query is widened with the program vocabulary those words belong to (EXPANSIONS);
- submissions whose area is known: the labelled sets shipped in feedback/data (written for
  the Nghi Dương program and carried over to another program's areas by the likeness of
  the area titles) and the commune's own submissions a clerk has tied to an area.
The agencies are those that lead the area's key tasks. Nothing here is tied to one
program's numbering.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from hanhdong.lib.similarity import Index
from hanhdong.lib.text import fold
from hanhdong.programs.formats import section_path

# citizens' words and the program vocabulary they belong to (see _EXPANSIONS)
EXPANSIONS = [
    (
        [
            "den duong",
            "o ga",
            "duong xa",
            "duong thon",
            "duong lang",
            "cau cong",
            "mat duong",
            "lun",
            "tuyen duong",
            "duong truc",
            "be tong hoa",
            "nga tu",
            "nga ba",
            "bien bao",
            "den chieu sang",
            "lan can",
            "guong cau",
            "cau tam",
            "ben xe",
            "xe khach",
            "dien chieu sang",
        ],
        "hạ tầng giao thông đường giao thông",
    ),
    (
        [
            "rac",
            "thu gom",
            "bai rac",
            "mui hoi",
            "o nhiem",
            "nuoc thai",
            "khói",
            "xa thai",
            "ao ho",
            "cong thoat",
            "chat thai",
            "phe thai",
            "do trom",
            "ve sinh moi truong",
            "cay xanh",
            "ruoi",
            "tac nghen",
        ],
        "môi trường rác thải ô nhiễm tài nguyên",
    ),
    (
        [
            "so do",
            "giay chung nhan",
            "dat dai",
            "tranh chap dat",
            "lan chiem",
            "dat nong nghiep",
            "thua dat",
            "tach thua",
            "dia chinh",
            "khai thac cat",
            "hut cat",
            "khoang san",
            "ranh gioi",
            "dau gia",
            "san lap",
            "dat lua",
            "xay nha tren dat",
        ],
        "đất đai quản lý sử dụng đất tài nguyên",
    ),
    (
        [
            "quy hoach",
            "ban do quy hoach",
            "khu dan cu moi",
            "cam moc",
            "coc moc",
            "lo gioi",
            "xay dung trai phep",
            "giay phep xay",
            "du kien dat",
        ],
        "quy hoạch quản lý quy hoạch xây dựng",
    ),
    (
        [
            "karaoke",
            "on ao",
            "danh nhau",
            "trom",
            "cuop",
            "ma tuy",
            "nghien",
            "co bac",
            "lo de",
            "dua xe",
            "chay no",
            "phong chay",
            "chua chay",
            "an ninh",
            "trat tu",
            "toi pham",
            "lua dao",
            "nhap ngu",
            "nghia vu quan su",
            "dan quan",
            "cho vay nang lai",
            "gia danh",
            "da ga",
            "tam tru",
            "nguoi la",
            "qua toc do",
            "so tan",
            "bao lu",
            "thien tai",
            "phong thu dan su",
        ],
        "an ninh trật tự an toàn xã hội quốc phòng tội phạm",
    ),
    (
        [
            "trường",
            "hoc sinh",
            "giao vien",
            "lop hoc",
            "hoc phi",
            "mam non",
            "tieu hoc",
            "thcs",
            "thpt",
            "ban tru",
        ],
        "giáo dục đào tạo trường học",
    ),
    (
        ["tram y te", "bệnh", "bac si", "thuốc", "tiêm", "dịch", "bao hiem y te", "kham"],
        "y tế chăm sóc sức khỏe",
    ),
    (
        [
            "ho ngheo",
            "can ngheo",
            "tro cap",
            "nguoi gia",
            "khuyet tat",
            "chinh sach",
            "nha dot nat",
            "nha tam",
            "viec lam",
            "hoc nghe",
            "nguoi co cong",
            "liet si",
            "nguoi cao tuoi",
            "che do",
            "xe lan",
            "song mot minh",
            "mat ruong",
            "lao dong",
        ],
        "an sinh xã hội giảm nghèo chính sách",
    ),
    (
        ["van hoa", "le hoi", "nha van hoa", "the thao", "san choi", "thu vien", "di tich"],
        "văn hóa thể thao",
    ),
    (
        [
            "du lich",
            "homestay",
            "khach du lich",
            "khach thap phuong",
            "diem tham quan",
            "sinh thai",
            "trai nghiem",
        ],
        "du lịch sinh thái",
    ),
    (
        [
            "thu tuc",
            "ho so",
            "mot cua",
            "dich vu cong",
            "truc tuyen",
            "chung thuc",
            "cong chung",
            "giay to",
            "khai sinh",
            "can cuoc",
            "tiep dan",
            "cham tre",
            "hach dich",
            "thai do",
            "cong chuc",
            "ky so",
            "trang thong tin",
            "cong thong tin",
            "di lai nhieu lan",
            "coc loc",
        ],
        "cải cách hành chính thủ tục hành chính chính quyền dịch vụ công chuyển đổi số",
    ),
    (
        [
            "dang vien",
            "tham nhung",
            "hoi lo",
            "tieu cuc",
            "chi bo",
            "dang uy",
            "boi duong",
            "phong bi",
            "lam dung",
            "truong thon",
            "thanh tra nhan dan",
            "hoi phi",
            "sinh hoat",
        ],
        "xây dựng Đảng kiểm tra giám sát phòng chống tham nhũng cán bộ đảng viên",
    ),
    (
        [
            "mat tran",
            "doan the",
            "hoi phu nu",
            "doan thanh nien",
            "hoi nong dan",
            "cuu chien binh",
            "dan chu",
        ],
        "Mặt trận Tổ quốc đoàn thể dân chủ dân vận",
    ),
    (
        [
            "chợ",
            "kinh doanh",
            "buon ban",
            "thuế",
            "phí",
            "ho kinh doanh",
            "doanh nghiep",
            "gia ca",
            "nong san",
            "lúa",
            "ruong",
            "chan nuoi",
            "lợn",
            "thuy loi",
            "tuoi tieu",
            "hop tac xa",
            "ocop",
            "giai ngan",
            "vốn",
            "quyet toan",
            "nha thau",
            "nong thon moi",
            "dich ta",
        ],
        "phát triển kinh tế nông nghiệp sản xuất thương mại dịch vụ ngân sách doanh nghiệp",
    ),
]


def _pattern(words: list[str]) -> re.Pattern | None:
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b") if words else None


# A word written without diacritics is matched on the folded text; one written with them
# is matched as written, where folding would make it ambiguous: chợ (market) / chó (dog) /
# cho (for), trường (school) / trưởng (head), thuốc (medicine) / thuộc (belong), ...
_EXPANSIONS = [
    (
        _pattern([w for w in words if w.isascii()]),
        _pattern([w for w in words if not w.isascii()]),
        vocabulary,
    )
    for words, vocabulary in EXPANSIONS
]


def expand(text: str) -> str:
    folded, written = fold(text), unicodedata.normalize("NFC", text).lower()
    extra = [
        vocabulary
        for plain, accented, vocabulary in _EXPANSIONS
        if (plain and plain.search(folded)) or (accented and accented.search(written))
    ]
    return " ".join([text, *extra, *extra])  # twice: the symptom weighs more than filler


def _areas(data: dict) -> list[tuple[str, str, str]]:
    """(path, title, text) of the main part's areas; the text holds the titles and items of
    the area and all below."""
    parts = data.get("parts", [])
    if not parts:
        return []
    main = max(parts, key=lambda p: len(p.get("children") or []))
    out = []

    def collect(node, parent_path, parent_number, texts):
        path = section_path(parent_path, parent_number, node["number"])
        texts.append(node.get("title", ""))
        texts.extend(i for i in node.get("items") or [] if isinstance(i, str))
        for child in node.get("children") or []:
            collect(child, path, node["number"], texts)
        return path

    for area in main.get("children") or []:
        texts: list[str] = []
        path = collect(area, main["number"], "", texts)
        out.append((path, area.get("title", ""), " ".join(texts)))
    return out


DATA = Path(__file__).parent / "data"
LABELLED_SETS = ("routing_tuned.jsonl", "routing_blind.jsonl")
EXAMPLE_WEIGHT, EXAMPLE_NEIGHBOURS = 1.0, 3
AGENCY_NEIGHBOURS, LEAD_WEIGHT = 5, 0.05
MIN_TITLE_LIKENESS = 0.5


def labelled(name: str) -> list[dict]:
    """A labelled set: {"text", "area" (as the Nghi Dương program numbers it), ...} per line."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def shipped_examples(titles: dict[str, str], names=LABELLED_SETS) -> list[tuple[str, str]]:
    """The shipped labelled submissions as (text, area path of *this* program, agency or "").

    ``titles``: this program's area titles by path. A Nghi Dương area is carried over to
    the area whose title is most like its own, when the likeness is strong and mutual (the
    same title in another commune's program, or a reworded one); otherwise its
    submissions are left out, so a differently built program learns only from its own.
    """
    theirs = json.loads((DATA / "routing_areas.json").read_text(encoding="utf-8"))
    ours = Index(titles)
    back = Index(theirs)
    to_path = {}
    for number, title in theirs.items():
        ranked = ours.rank(title)
        if not ranked or ranked[0][1] < MIN_TITLE_LIKENESS:
            continue
        path = ranked[0][0]
        if back.rank(titles[path])[0][0] == number:
            to_path[number] = path
    return [
        (row["text"], to_path[row["area"]], row.get("agency", ""))
        for name in names
        for row in labelled(name)
        if row["area"] in to_path
    ]


class Router:
    def __init__(self, data: dict, examples=None, labelled_sets=LABELLED_SETS):
        """``examples``: (text, area path[, agency name]) of this program, e.g. the
        commune's own submissions tied to an area and assigned to an agency;
        ``labelled_sets``: which shipped sets to learn from."""
        areas = _areas(data)
        self.index = Index({path: text for path, _title, text in areas})
        titles = {path: title for path, title, _text in areas}
        shipped = shipped_examples(titles, labelled_sets) if titles and labelled_sets else []
        known = [
            (example[0], example[1], example[2] if len(example) > 2 else "")
            for example in [*shipped, *(examples or [])]
            if example[1] in titles
        ]
        self.example_areas = [path for _text, path, _agency in known]
        self.example_agencies = [agency for _text, _path, agency in known]
        self.examples = Index({i: expand(text) for i, (text, _p, _a) in enumerate(known)})
        # who leads the key tasks of each area, as shares: a weak prior for the agency
        leads: dict[str, Counter] = defaultdict(Counter)
        for task in data.get("key_tasks", []):
            lead = (task.get("lead") or "").strip()
            for path in task.get("sections") or []:
                area = next((a for a in titles if path == a or path.startswith(a + ".")), None)
                if area and lead:
                    leads[area][lead] += 1
        self.area_agencies = {
            area: {name: n / sum(names.values()) for name, n in names.items()}
            for area, names in leads.items()
        }

    def _rank(self, query: str) -> tuple[list[tuple[str, float]], list[tuple[int, float]]]:
        scores = dict(self.index.rank(query))
        neighbours = self.examples.rank(query)
        near = defaultdict(list)
        for i, score in neighbours:
            near[self.example_areas[i]].append(score)
        for path, found in near.items():
            best = sorted(found, reverse=True)[:EXAMPLE_NEIGHBOURS]
            scores[path] += EXAMPLE_WEIGHT * sum(best) / EXAMPLE_NEIGHBOURS
        return sorted(scores.items(), key=lambda pair: -pair[1]), neighbours

    def suggest(self, text: str, top: int = 3) -> dict:
        ranked, neighbours = self._rank(expand(text))
        areas = [path for path, score in ranked[:top] if score > 0] or [p for p, _ in ranked[:top]]
        # the agencies that handled the most alike submissions, then those leading the key
        # tasks of the likely areas
        agencies = Counter()
        labelled_near = [(i, score) for i, score in neighbours if self.example_agencies[i]]
        for i, score in labelled_near[:AGENCY_NEIGHBOURS]:
            agencies[self.example_agencies[i]] += score
        for rank, path in enumerate(areas):
            for name, share in self.area_agencies.get(path, {}).items():
                agencies[name] += LEAD_WEIGHT * share / (rank + 1)
        return {"areas": areas, "agencies": [name for name, _ in agencies.most_common(top)]}

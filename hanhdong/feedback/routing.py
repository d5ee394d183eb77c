"""Which area of the program and which agency a citizen's submission most likely concerns.

The program's own words describe its areas (titles and items of each part-II area); the
agencies are those that lead the area's key tasks. Citizens describe symptoms rather than
policies ("đèn đường tắt", "làm sổ đỏ mãi không xong"), so the query is widened with the
program vocabulary those words belong to. Nothing here is tied to one program's numbering.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from hanhdong.lib.similarity import Index
from hanhdong.lib.text import fold
from hanhdong.programs.formats import section_path

# citizens' words (folded) and the program vocabulary they belong to
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
            "khoi",
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
            "truong",
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
        ["tram y te", "benh", "bac si", "thuoc", "tiem", "dich", "bao hiem y te", "kham"],
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
            "cho",
            "kinh doanh",
            "buon ban",
            "thue",
            "phi",
            "ho kinh doanh",
            "doanh nghiep",
            "gia ca",
            "nong san",
            "lua",
            "ruong",
            "chan nuoi",
            "lon",
            "thuy loi",
            "tuoi tieu",
            "hop tac xa",
            "ocop",
            "giai ngan",
            "von",
            "quyet toan",
            "nha thau",
            "nong thon moi",
            "dich ta",
        ],
        "phát triển kinh tế nông nghiệp sản xuất thương mại dịch vụ ngân sách doanh nghiệp",
    ),
]
_EXPANSIONS = [(re.compile(r"\b(" + "|".join(k) + r")\b"), v) for k, v in EXPANSIONS]


def expand(text: str) -> str:
    folded = fold(text)
    extra = [words for pattern, words in _EXPANSIONS if pattern.search(folded)]
    return " ".join([text, *extra, *extra])  # twice: the symptom weighs more than filler


def _areas(data: dict) -> list[tuple[str, str]]:
    """(path, text) of the main part's areas: titles and items of the area and all below."""
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
        out.append((path, " ".join(texts)))
    return out


class Router:
    def __init__(self, data: dict):
        areas = _areas(data)
        self.index = Index(dict(areas))
        self.area_agencies: dict[str, Counter] = defaultdict(Counter)
        for task in data.get("key_tasks", []):
            lead = (task.get("lead") or "").strip()
            for path in task.get("sections") or []:
                area = next((a for a, _t in areas if path == a or path.startswith(a + ".")), None)
                if area and lead:
                    self.area_agencies[area][lead] += 1
        self.all_agencies = Counter(
            (t.get("lead") or "").strip() for t in data.get("key_tasks", []) if t.get("lead")
        )

    def suggest(self, text: str, top: int = 3) -> dict:
        ranked = self.index.rank(expand(text))
        areas = [path for path, score in ranked[:top] if score > 0] or [p for p, _ in ranked[:top]]
        agencies = Counter()
        for rank, path in enumerate(areas):
            for name, count in self.area_agencies.get(path, {}).items():
                agencies[name] += count / (rank + 1)
        for name, count in self.all_agencies.items():
            agencies[name] += count * 0.01
        return {"areas": areas, "agencies": [name for name, _ in agencies.most_common(top)]}

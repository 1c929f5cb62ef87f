"""The words testimony uses for currencies, time units, approximation and places, in English,
Korean and Chinese, mapped to the standard codes a dataset needs (ISO 4217, ISO 3166).

Kept as data so a reviewer can read and extend it without reading the parsers.
"""

from __future__ import annotations

# ISO 4217 codes a coder may type directly (those that occur in trafficking testimony and reports,
# plus the major ones); any other three-letter code is refused rather than guessed.
_ISO = "CNY KPW KRW USD EUR JPY RUB MNT THB VND LAK KHR MMK PHP IDR MYR SGD HKD TWD GBP CHF CAD AUD"
ISO_CURRENCIES = frozenset(
    (_ISO + " INR NPR BDT PKR AED SAR QAR KWD TRY UAH KZT UZS NGN GHS KES ZAR BRL MXN").split()
)

# Words and symbols for a currency, lower-case; matched as whole words (or directly after a
# number for the East Asian ones, which attach without a space).
CURRENCY_WORDS: dict[str, str] = {
    # Chinese yuan (renminbi): what brokers are paid in on the DPRK–China route
    "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "cny": "CNY", "kuai": "CNY", "元": "CNY",
    "块": "CNY", "塊": "CNY", "人民币": "CNY", "人民幣": "CNY", "위안": "CNY", "원화": "KRW",
    "¥": "CNY", "￥": "CNY",
    # won: South Korean unless the field says North Korean
    "won": "KRW", "krw": "KRW", "₩": "KRW", "원": "KRW", "kpw": "KPW", "north korean won": "KPW",
    "북한 돈": "KPW", "북한돈": "KPW", "朝鲜元": "KPW",
    # dollars, euros, yen, roubles
    "dollar": "USD", "dollars": "USD", "usd": "USD", "$": "USD", "us$": "USD", "달러": "USD",
    "불": "USD", "美元": "USD", "美金": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR", "€": "EUR",
    "유로": "EUR", "欧元": "EUR", "yen": "JPY", "jpy": "JPY", "엔": "JPY", "円": "JPY", "日元": "JPY",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "rub": "RUB", "루블": "RUB",
    "卢布": "RUB",
}  # fmt: skip
# A won amount is North Korean when the field's default currency says so.
WON_WORDS = frozenset({"won", "원", "₩"})

# "per" units of a price: words -> the unit stored.
PER_UNITS: dict[str, str] = {
    "night": "night", "nights": "night", "evening": "night", "하룻밤": "night", "밤": "night",
    "晚": "night", "夜": "night", "client": "client", "clients": "client", "customer": "client",
    "customers": "client", "man": "client", "손님": "client", "남자": "client", "客人": "client",
    "客": "client", "time": "time", "times": "time", "session": "time", "번": "time", "次": "time",
    "hour": "hour", "hours": "hour", "시간": "hour", "小时": "hour", "day": "day", "days": "day",
    "하루": "day", "일당": "day", "天": "day", "日": "day", "week": "week", "weeks": "week",
    "주": "week", "周": "week", "星期": "week", "month": "month", "months": "month", "달": "month",
    "월": "month", "月": "month", "year": "year", "years": "year", "년": "year", "해": "year", "年": "year",
}  # fmt: skip

# Units of a duration -> the unit stored, and its length in days (to compare and sort).
DURATION_UNITS: dict[str, str] = {
    "day": "day", "days": "day", "일": "day", "날": "day", "天": "day", "日": "day",
    "week": "week", "weeks": "week", "주": "week", "주일": "week", "주간": "week", "周": "week",
    "星期": "week", "礼拜": "week", "month": "month", "months": "month", "개월": "month",
    "달": "month", "個月": "month", "个月": "month", "月": "month", "year": "year", "years": "year",
    "년": "year", "해": "year", "年": "year",
}  # fmt: skip
DAYS_IN = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}

# Words that make a figure approximate ("about 20", "20여", "二十多", "约20").
APPROX_WORDS = (
    "about", "around", "approximately", "approx", "roughly", "some", "nearly", "almost", "over",
    "more than", "at least", "maybe", "perhaps", "circa", "c.", "~", "약", "대략", "쯤", "정도",
    "넘게", "이상", "가량", "대충", "左右", "大约", "大概", "约",
)  # fmt: skip

# Countries (ISO 3166-1 alpha-2) as testimony names them.
COUNTRIES: dict[str, str] = {
    "china": "CN", "prc": "CN", "중국": "CN", "中国": "CN", "中國": "CN",
    "north korea": "KP", "dprk": "KP", "n. korea": "KP", "북한": "KP", "조선": "KP", "朝鲜": "KP",
    "south korea": "KR", "korea": "KR", "rok": "KR", "한국": "KR", "남한": "KR", "韩国": "KR",
    "russia": "RU", "러시아": "RU", "俄罗斯": "RU", "mongolia": "MN", "몽골": "MN", "蒙古": "MN",
    "laos": "LA", "라오스": "LA", "老挝": "LA", "thailand": "TH", "태국": "TH", "泰国": "TH",
    "vietnam": "VN", "viet nam": "VN", "베트남": "VN", "越南": "VN", "cambodia": "KH", "캄보디아": "KH",
    "柬埔寨": "KH", "myanmar": "MM", "burma": "MM", "미얀마": "MM", "缅甸": "MM", "japan": "JP",
    "일본": "JP", "日本": "JP", "united states": "US", "usa": "US", "미국": "US", "美国": "US",
    "philippines": "PH", "필리핀": "PH", "菲律宾": "PH",
}  # fmt: skip

# Places on the DPRK–China route: name -> (standard name, admin area, country). Enough for
# proposals from a passage; the coder can always type any place.
PLACES: dict[str, tuple[str, str, str]] = {
    "yanji": ("Yanji", "Jilin", "CN"), "연길": ("Yanji", "Jilin", "CN"), "延吉": ("Yanji", "Jilin", "CN"),
    "yanbian": ("Yanbian", "Jilin", "CN"), "연변": ("Yanbian", "Jilin", "CN"),
    "延边": ("Yanbian", "Jilin", "CN"),
    "tumen": ("Tumen", "Jilin", "CN"), "도문": ("Tumen", "Jilin", "CN"), "图们": ("Tumen", "Jilin", "CN"),
    "changchun": ("Changchun", "Jilin", "CN"), "장춘": ("Changchun", "Jilin", "CN"),
    "长春": ("Changchun", "Jilin", "CN"), "jilin": ("Jilin", "Jilin", "CN"), "길림": ("Jilin", "Jilin", "CN"),
    "吉林": ("Jilin", "Jilin", "CN"), "shenyang": ("Shenyang", "Liaoning", "CN"),
    "심양": ("Shenyang", "Liaoning", "CN"), "沈阳": ("Shenyang", "Liaoning", "CN"),
    "dandong": ("Dandong", "Liaoning", "CN"), "단동": ("Dandong", "Liaoning", "CN"),
    "丹东": ("Dandong", "Liaoning", "CN"), "dalian": ("Dalian", "Liaoning", "CN"),
    "대련": ("Dalian", "Liaoning", "CN"), "大连": ("Dalian", "Liaoning", "CN"),
    "harbin": ("Harbin", "Heilongjiang", "CN"), "하얼빈": ("Harbin", "Heilongjiang", "CN"),
    "哈尔滨": ("Harbin", "Heilongjiang", "CN"), "qingdao": ("Qingdao", "Shandong", "CN"),
    "청도": ("Qingdao", "Shandong", "CN"), "青岛": ("Qingdao", "Shandong", "CN"),
    "beijing": ("Beijing", "Beijing", "CN"), "북경": ("Beijing", "Beijing", "CN"),
    "北京": ("Beijing", "Beijing", "CN"), "shanghai": ("Shanghai", "Shanghai", "CN"),
    "상해": ("Shanghai", "Shanghai", "CN"), "上海": ("Shanghai", "Shanghai", "CN"),
    "hoeryong": ("Hoeryong", "North Hamgyong", "KP"), "회령": ("Hoeryong", "North Hamgyong", "KP"),
    "musan": ("Musan", "North Hamgyong", "KP"), "무산": ("Musan", "North Hamgyong", "KP"),
    "chongjin": ("Chongjin", "North Hamgyong", "KP"), "청진": ("Chongjin", "North Hamgyong", "KP"),
    "hyesan": ("Hyesan", "Ryanggang", "KP"), "혜산": ("Hyesan", "Ryanggang", "KP"),
    "sinuiju": ("Sinuiju", "North Pyongan", "KP"), "신의주": ("Sinuiju", "North Pyongan", "KP"),
    "pyongyang": ("Pyongyang", "Pyongyang", "KP"), "평양": ("Pyongyang", "Pyongyang", "KP"),
    "onsong": ("Onsong", "North Hamgyong", "KP"), "온성": ("Onsong", "North Hamgyong", "KP"),
    "seoul": ("Seoul", "Seoul", "KR"), "서울": ("Seoul", "Seoul", "KR"), "首尔": ("Seoul", "Seoul", "KR"),
    # Provinces, as the provinces themselves (name and admin area alike).
    "ryanggang": ("Ryanggang", "Ryanggang", "KP"), "양강도": ("Ryanggang", "Ryanggang", "KP"),
    "两江道": ("Ryanggang", "Ryanggang", "KP"),
    "north hamgyong": ("North Hamgyong", "North Hamgyong", "KP"),
    "함경북도": ("North Hamgyong", "North Hamgyong", "KP"),
    "함북": ("North Hamgyong", "North Hamgyong", "KP"),
    "咸镜北道": ("North Hamgyong", "North Hamgyong", "KP"),
    "south hamgyong": ("South Hamgyong", "South Hamgyong", "KP"),
    "함경남도": ("South Hamgyong", "South Hamgyong", "KP"),
    "咸镜南道": ("South Hamgyong", "South Hamgyong", "KP"),
    "north pyongan": ("North Pyongan", "North Pyongan", "KP"),
    "평안북도": ("North Pyongan", "North Pyongan", "KP"),
    "south pyongan": ("South Pyongan", "South Pyongan", "KP"),
    "평안남도": ("South Pyongan", "South Pyongan", "KP"),
    "chagang": ("Chagang", "Chagang", "KP"), "자강도": ("Chagang", "Chagang", "KP"),
    "liaoning": ("Liaoning", "Liaoning", "CN"), "요녕성": ("Liaoning", "Liaoning", "CN"),
    "랴오닝": ("Liaoning", "Liaoning", "CN"), "辽宁": ("Liaoning", "Liaoning", "CN"),
    "heilongjiang": ("Heilongjiang", "Heilongjiang", "CN"),
    "흑룡강성": ("Heilongjiang", "Heilongjiang", "CN"),
    "흑룡강": ("Heilongjiang", "Heilongjiang", "CN"), "黑龙江": ("Heilongjiang", "Heilongjiang", "CN"),
    "길림성": ("Jilin", "Jilin", "CN"), "吉林省": ("Jilin", "Jilin", "CN"),
}  # fmt: skip

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
    "봄": (3, 5), "여름": (6, 8), "가을": (9, 11), "겨울": (12, 2), "春": (3, 5), "夏": (6, 8),
    "秋": (9, 11), "冬": (12, 2), "early": (1, 4), "mid": (5, 8), "late": (9, 12), "초": (1, 4),
    "중순": (5, 8), "말": (9, 12), "초반": (1, 4), "후반": (9, 12), "年初": (1, 4), "年底": (9, 12),
}  # fmt: skip

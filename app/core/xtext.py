"""The length of an X (Twitter) post, counted exactly as twitter-text v3's ``parseTweet`` does.

checklist.md PLAT-X-1: normalise to NFC; every URL (with or without ``http(s)://``; a bare domain
needs a known top-level domain) weighs 23; every emoji sequence weighs 2; every other code point
weighs 1 in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 and 2 elsewhere; a post is
valid when 0 < length ≤ 280 and it holds none of U+FFFE, U+FEFF, U+FFFF.

"Exactly" means: the same answers as the reference implementation, PyPI ``twitter-text-parser``
3.0.0 (a port of twitter-text's JavaScript ``parseTweet``), which the tests compare against on
explicit cases, on twitter-text's own conformance cases and on random text. That includes its
details: line endings ``\\r\\n`` and ``\\r`` count as one ``\\n``; the emoji it knows are those of
Emoji 12.0 (newer multi-code-point sequences, e.g. ❤️‍🔥, count code point by code point, so a
little longer than X may count them); a URL without protocol but with a query and no path
(``example.com?q=1``) weighs 23 for the domain plus one per character of the query.

The reference takes about 20 ms on 3,000 characters, far over the per-keystroke budget. This module
gives the same result in a small fraction of that:

- the URL regex (the reference's, rebuilt here from the same parts, TLD lists included) only runs
  on the whitespace-separated words holding a dot followed by a non-space; a URL never contains
  one of twitter-text's space characters, so this finds exactly the URLs the reference finds;
- emoji are found by a one-character scan for the code points an emoji sequence can start with,
  then the longest known sequence at each hit (what the reference's longest-first alternation of
  3,827 sequences matches, without trying 3,827 alternatives at every position);
- weights are the text's length plus the number of code points outside the weight-1 ranges,
  counted by one compiled regex, then corrected for URLs and emoji.

Spans (``TweetParse.urls``, ``.emoji``, ``.valid_end``) are Python ``str`` indices into
``TweetParse.text``, the normalised text; it equals the input when the input is already NFC with
``\\n`` line endings (what the editor holds). :func:`normalize_with_offsets` maps them back to the
input otherwise.

No I/O; the emoji table comes from the ``emoji`` package (filtered to Emoji 12.0, which a test
checks against the reference's own list) and is built on first use.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from app.core import textpieces

# --- twitter-text v3 configuration (config/v3.json) ---------------------------------------------

MAX_WEIGHTED_LENGTH = 280
PREMIUM_MAX_WEIGHTED_LENGTH = 25_000  # PLAT-X-2: accounts marked premium
TRANSFORMED_URL_LENGTH = 23
EMOJI_WEIGHT = 2  # defaultWeight 200 / scale 100
# Code points of weight 1 (100 / scale 100); every other code point weighs 2.
LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
INVALID_CHARACTERS = "\ufffe\ufeff\uffff"  # twitter-text's invalidCharsGroup
EMOJI_VERSION = 12.0  # the emoji the reference knows (its bundled emoji-test.txt)

_MAX_URL_LENGTH = 4096
_MAX_TCO_SLUG_LENGTH = 40
_DEFAULT_PROTOCOL = "https://"

# --- URL regexes: twitter-text's, assembled the same way as twitter-text-parser does --------------

_SPACES_GROUP = r"\x09-\x0D\x20\x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000"
_INVALID_CHARS_GROUP = r"\uFFFE\uFEFF\uFFFF"
_DIRECTIONAL_MARKERS_GROUP = r"\u202A-\u202E\u061C\u200E\u200F\u2066\u2067\u2068\u2069"
_PUNCT = r"\!'#%&'\(\)*\+,\\\-\.\/:;<=>\?@\[\]\^_{|}~\$/"
_LATIN_ACCENT_CHARS = (
    r"\xC0-\xD6\xD8-\xF6\xF8-\xFF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268"
    r"\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF"
)
_CYRILLIC_LETTERS_AND_MARKS = r"\u0400-\u04FF"



def _words(text: str) -> list[str]:
    return text.split()


# twitter-text's TLD lists, in its order (alternation order matters to the regex).
_GTLDS = _words(
    """
삼성 닷컴 닷넷 香格里拉 餐厅 食品 飞利浦 電訊盈科 集团 通販 购物 谷歌 诺基亚 联通 网络 网站
网店 网址 组织机构 移动 珠宝 点看 游戏 淡马锡 机构 書籍 时尚 新闻 政府 政务 招聘 手表 手机
我爱你 慈善 微博 广东 工行 家電 娱乐 天主教 大拿 大众汽车 在线 嘉里大酒店 嘉里 商标 商店
商城 公益 公司 八卦 健康 信息 佛山 企业 中文网 中信 世界 ポイント ファッション セール ストア
コム グーグル クラウド みんな คอม संगठन नेट कॉम همراه موقع موبايلي كوم كاثوليك عرب شبكة بيتك
بازار العليان ارامكو اتصالات ابوظبي קום сайт рус орг онлайн москва ком католик дети zuerich
zone zippo zip zero zara zappos yun youtube you yokohama yoga yodobashi yandex yamaxun yahoo
yachts xyz xxx xperia xin xihuan xfinity xerox xbox wtf wtc wow world works work woodside
wolterskluwer wme winners wine windows win williamhill wiki wien whoswho weir weibo wedding
wed website weber webcam weatherchannel weather watches watch warman wanggou wang walter
walmart wales vuelos voyage voto voting vote volvo volkswagen vodka vlaanderen vivo viva
vistaprint vista vision visa virgin vip vin villas viking vig video viajes vet versicherung
vermögensberatung vermögensberater verisign ventures vegas vanguard vana vacations ups uol
uno university unicom uconnect ubs ubank tvs tushu tunes tui tube trv trust
travelersinsurance travelers travelchannel travel training trading trade toys toyota town
tours total toshiba toray top tools tokyo today tmall tkmaxx tjx tjmaxx tirol tires tips
tiffany tienda tickets tiaa theatre theater thd teva tennis temasek telefonica telecity tel
technology tech team tdk tci taxi tax tattoo tatar tatamotors target taobao talk taipei tab
systems symantec sydney swiss swiftcover swatch suzuki surgery surf support supply supplies
sucks style study studio stream store storage stockholm stcgroup stc statoil statefarm
statebank starhub star staples stada srt srl spreadbetting spot sport spiegel space soy sony
song solutions solar sohu software softbank social soccer sncf smile smart sling skype sky
skin ski site singles sina silk shriram showtime show shouji shopping shop shoes shiksha
shia shell shaw sharp shangrila sfr sexy sex sew seven ses services sener select seek
security secure seat search scot scor scjohnson science schwarz schule school scholarships
schmidt schaeffler scb sca sbs sbi saxo save sas sarl sapo sap sanofi sandvikcoromant
sandvik samsung samsclub salon sale sakura safety safe saarland ryukyu rwe run ruhr rugby
rsvp room rogers rodeo rocks rocher rmit rip rio ril rightathome ricoh richardli rich
rexroth reviews review restaurant rest republican report repair rentals rent ren reliance
reit reisen reise rehab redumbrella redstone red recipes realty realtor realestate read raid
radio racing qvc quest quebec qpon pwc pub prudential pru protection property properties
promo progressive prof productions prod pro prime press praxi pramerica post porn politie
poker pohl pnc plus plumbing playstation play place pizza pioneer pink ping pin pid pictures
pictet pics piaget physio photos photography photo phone philips phd pharmacy pfizer pet
pccw pay passagens party parts partners pars paris panerai panasonic pamperedchef page ovh
ott otsuka osaka origins orientexpress organic org orange oracle open ooo onyourside online
onl ong one omega ollo oldnavy olayangroup olayan okinawa office off observer obi nyc ntt
nrw nra nowtv nowruz now norton northwesternmutual nokia nissay nissan ninja nikon nike nico
nhk ngo nfl nexus nextdirect next news newholland new neustar network netflix netbank net
nec nba navy natura nationwide name nagoya nadex nab mutuelle mutual museum mtr mtpc mtn msd
movistar movie mov motorcycles moto moscow mortgage mormon mopar montblanc monster money
monash mom moi moe moda mobily mobile mobi mma mls mlb mitsubishi mit mint mini mil
microsoft miami metlife merckmsd meo menu men memorial meme melbourne meet media med
mckinsey mcdonalds mcd mba mattel maserati marshalls marriott markets marketing market map
mango management man makeup maison maif madrid macys luxury luxe lupin lundbeck ltda ltd
lplfinancial lpl love lotto lotte london lol loft locus locker loans loan llp llc lixil
living live lipsy link linde lincoln limo limited lilly like lighting lifestyle
lifeinsurance life lidl liaison lgbt lexus lego legal lefrak leclerc lease lds lawyer law
latrobe latino lat lasalle lanxess landrover land lancome lancia lancaster lamer lamborghini
ladbrokes lacaixa kyoto kuokgroup kred krd kpn kpmg kosher komatsu koeln kiwi kitchen kindle
kinder kim kia kfh kerryproperties kerrylogistics kerryhotels kddi kaufen juniper juegos
jprs jpmorgan joy jot joburg jobs jnj jmp jll jlc jio jewelry jetzt jeep jcp jcb java jaguar
iwc iveco itv itau istanbul ist ismaili iselect irish ipiranga investments intuit
international intel int insure insurance institute ink ing info infiniti industries inc
immobilien immo imdb imamat ikano iinet ifm ieee icu ice icbc ibm hyundai hyatt hughes htc
hsbc how house hotmail hotels hoteles hot hosting host hospital horse honeywell honda
homesense homes homegoods homedepot holiday holdings hockey hkt hiv hitachi hisamitsu hiphop
hgtv hermes here helsinki help healthcare health hdfcbank hdfc hbo haus hangout hamburg hair
guru guitars guide guge gucci guardian group grocery gripe green gratis graphics grainger
gov got gop google goog goodyear goodhands goo golf goldpoint gold godaddy gmx gmo gmbh
gmail globo global gle glass glade giving gives gifts gift ggee george genting gent gea gdn
gbiz gay garden gap games game gallup gallo gallery gal fyi futbol furniture fund fun
fujixerox fujitsu ftr frontier frontdoor frogans frl fresenius free fox foundation forum
forsale forex ford football foodnetwork food foo fly flsmidth flowers florist flir flights
flickr fitness fit fishing fish firmdale firestone fire financial finance final film fido
fidelity fiat ferrero ferrari feedback fedex fast fashion farmers farm fans fan family faith
fairwinds fail fage extraspace express exposed expert exchange everbank events eus
eurovision etisalat esurance estate esq erni ericsson equipment epson epost enterprises
engineering engineer energy emerck email education edu edeka eco eat earth dvr dvag durban
dupont duns dunlop duck dubai dtv drive download dot doosan domains doha dog dodge doctor
docs dnp diy dish discover discount directory direct digital diet diamonds dhl dev design
desi dentist dental democrat delta deloitte dell delivery degree deals dealer deal dds dclk
day datsun dating date data dance dad dabur cyou cymru cuisinella csc cruises cruise crs
crown cricket creditunion creditcard credit cpa courses coupons coupon country corsica coop
cool cookingchannel cooking contractors contact consulting construction condos comsec
computer compare company community commbank comcast com cologne college coffee codes coach
clubmed club cloud clothing clinique clinic click cleaning claims cityeats city citic citi
citadel cisco circle cipriani church chrysler chrome christmas chloe chintai cheap chat
chase charity channel chanel cfd cfa cern ceo center ceb cbs cbre cbn cba catholic catering
cat casino cash caseih case casa cartier cars careers career care cards caravan car
capitalone capital capetown canon cancerresearch camp camera cam calvinklein call cal cafe
cab bzh buzz buy business builders build bugatti budapest brussels brother broker broadway
bridgestone bradesco box boutique bot boston bostik bosch boots booking book boo bond bom
bofa boehringer boats bnpparibas bnl bmw bms blue bloomberg blog blockbuster blanco
blackfriday black biz bio bingo bing bike bid bible bharti bet bestbuy best berlin bentley
beer beauty beats bcn bcg bbva bbt bbc bayern bauhaus basketball baseball bargains barefoot
barclays barclaycard barcelona bar bank band bananarepublic banamex baidu baby azure axa aws
avianca autos auto author auspost audio audible audi auction attorney athleta associates
asia asda arte art arpa army archi aramco arab aquarelle apple app apartments aol anz anquan
android analytics amsterdam amica amfam amex americanfamily americanexpress alstom alsace
ally allstate allfinanz alipay alibaba alfaromeo akdn airtel airforce airbus aigo aig agency
agakhan africa afl afamilycompany aetna aero aeg adult ads adac actor active aco accountants
accountant accenture academy abudhabi abogado able abc abbvie abbott abb abarth aarp aaa
onion
"""
)

_CCTLDS = _words(
    """
한국 香港 澳門 新加坡 台灣 台湾 中國 中国 გე ລາວ ไทย ලංකා ഭാരതം ಭಾರತ భారత్ சிங்கப்பூர் இலங்கை
இந்தியா ଭାରତ ભારત ਭਾਰਤ ভাৰত ভারত বাংলা भारोत भारतम् भारत ڀارت پاکستان موريتانيا مليسيا مصر قطر
فلسطين عمان عراق سورية سودان تونس بھارت بارت ایران امارات المغرب السعودية الجزائر البحرين
الاردن հայ қаз укр срб рф мон мкд ею бел бг ευ ελ zw zm za yt ye ws wf vu vn vi vg ve vc va
uz uy us um uk ug ua tz tw tv tt tr tp to tn tm tl tk tj th tg tf td tc sz sy sx sv su st ss
sr so sn sm sl sk sj si sh sg se sd sc sb sa rw ru rs ro re qa py pw pt ps pr pn pm pl pk ph
pg pf pe pa om nz nu nr np no nl ni ng nf ne nc na mz my mx mw mv mu mt ms mr mq mp mo mn mm
ml mk mh mg mf me md mc ma ly lv lu lt ls lr lk li lc lb la kz ky kw kr kp kn km ki kh kg ke
jp jo jm je it is ir iq io in im il ie id hu ht hr hn hm hk gy gw gu gt gs gr gq gp gn gm gl
gi gh gg gf ge gd gb ga fr fo fm fk fj fi eu et es er eh eg ee ec dz do dm dk dj de cz cy cx
cw cv cu cr co cn cm cl ck ci ch cg cf cd cc ca bz by bw bv bt bs br bq bo bn bm bl bj bi bh
bg bf be bd bb ba az ax aw au at as ar aq ao an am al ai ag af ae ad ac
"""
)

_VALID_DOMAIN_CHARS = (
    "[^" + _PUNCT + _SPACES_GROUP + _INVALID_CHARS_GROUP + _DIRECTIONAL_MARKERS_GROUP + "]"
)
_VALID_SUBDOMAIN = (
    "(?:(?:" + _VALID_DOMAIN_CHARS + "(?:[_-]|" + _VALID_DOMAIN_CHARS + ")*)?"
    + _VALID_DOMAIN_CHARS + r"\.)"
)
_VALID_DOMAIN_NAME = (
    "(?:(?:" + _VALID_DOMAIN_CHARS + "(?:-|" + _VALID_DOMAIN_CHARS + ")*)?"
    + _VALID_DOMAIN_CHARS + r"\.)"
)
_TLD_END = ")(?=[^0-9a-zA-Z@+-]|$))"
_VALID_GTLD = "(?:(?:" + "|".join(_GTLDS) + _TLD_END
_VALID_CCTLD = "(?:(?:" + "|".join(_CCTLDS) + _TLD_END
_VALID_PUNYCODE = r"(?:xn--[\-0-9a-z]+)"
_VALID_DOMAIN = (
    "(?:" + _VALID_SUBDOMAIN + "*" + _VALID_DOMAIN_NAME
    + "(?:" + _VALID_GTLD + "|" + _VALID_CCTLD + "|" + _VALID_PUNYCODE + "))"
)
_VALID_PORT_NUMBER = r"[0-9]+"
_GENERAL_PATH_CHARS = (
    "[a-z" + _CYRILLIC_LETTERS_AND_MARKS + r"0-9!\*';:=\+,\.\$\/%#\[\]\-\u2013_~@\|&"
    + _LATIN_ACCENT_CHARS + "]"
)
_BALANCED_PARENS = (
    r"\((?:" + _GENERAL_PATH_CHARS + "+|(?:" + _GENERAL_PATH_CHARS + r"*\("
    + _GENERAL_PATH_CHARS + r"+\)" + _GENERAL_PATH_CHARS + r"*))\)"
)
_PATH_ENDING_CHARS = (
    r"[\+\-a-z" + _CYRILLIC_LETTERS_AND_MARKS + r"0-9=_#\/" + _LATIN_ACCENT_CHARS + "]|(?:"
    + _BALANCED_PARENS + ")"
)
_VALID_URL_PATH = (
    "(?:(?:" + _GENERAL_PATH_CHARS + "*(?:" + _BALANCED_PARENS + _GENERAL_PATH_CHARS + "*)*"
    + _PATH_ENDING_CHARS + ")|(?:@" + _GENERAL_PATH_CHARS + "+/))"
)
_QUERY_CHARS = r"[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]"
_QUERY_ENDING_CHARS = r"[a-z0-9\-_&=#/]"
_PRECEDING_CHARS = (
    r"(?:[^A-Za-z0-9@＠$#＃" + _INVALID_CHARS_GROUP + "]|[" + _DIRECTIONAL_MARKERS_GROUP + "]|^)"
)

EXTRACT_URL_PATTERN = (
    "((" + _PRECEDING_CHARS + ")"  # 1 whole match, 2 preceding character
    + r"((https?:\/\/)?"  # 3 URL, 4 protocol
    + "(" + _VALID_DOMAIN + ")"  # 5 domain
    + "(?::(" + _VALID_PORT_NUMBER + "))?"  # 6 port
    + r"(\/" + _VALID_URL_PATH + "*)?"  # 7 path
    + r"(\?" + _QUERY_CHARS + "*" + _QUERY_ENDING_CHARS + ")?"  # 8 query
    + "))"
)
VALID_ASCII_DOMAIN_PATTERN = (
    r"(?:(?:[\-a-z0-9" + _LATIN_ACCENT_CHARS + r"]+)\.)+(?:" + _VALID_GTLD + "|" + _VALID_CCTLD
    + "|" + _VALID_PUNYCODE + ")"
)
VALID_TCO_URL_PATTERN = (
    r"^https?:\/\/t\.co\/([a-z0-9]+)(?:\?" + _QUERY_CHARS + "*" + _QUERY_ENDING_CHARS + ")?"
)



@lru_cache(maxsize=1)
def url_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """twitter-text's extractUrl, validAsciiDomain and validTcoUrl regexes, compiled on first
    use (about 0.1 s: the TLD lists are long), not on import."""
    return (
        re.compile(EXTRACT_URL_PATTERN, re.IGNORECASE),
        re.compile(VALID_ASCII_DOMAIN_PATTERN, re.IGNORECASE),
        re.compile(VALID_TCO_URL_PATTERN, re.IGNORECASE),
    )


# No URL holds one of these, so URLs are searched for one space-separated word at a time.
_SPACE = re.compile("[" + _SPACES_GROUP + "]")
# Every URL holds a dot followed by the first letter of its top-level domain.
_DOT_BEFORE_LETTER = re.compile(r"\.(?=[^." + _SPACES_GROUP + "])")

# --- weights --------------------------------------------------------------------------------------

_LIGHT_CLASS = "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in LIGHT_RANGES)
_HEAVY = re.compile("[^" + _LIGHT_CLASS + "]")
_HEAVY_RUN = re.compile("[^" + _LIGHT_CLASS + "]+")
# Every heavy character, every emoji but keycaps (which start with # * or a digit), and every
# invalid character sits in a run of these; ordinary Arabic and English text has few of them.
_WIDE_RUN = re.compile("[\u00a9\u00ae\u1100-\U0010ffff]+")
_LIGHT_WIDE = re.compile("[\u00a9\u00ae\u2000-\u200d\u2010-\u201f\u2032-\u2037]")
_INVALID = re.compile("[" + _INVALID_CHARS_GROUP + "]")


def _heavy_count(text: str, start: int = 0, end: int | None = None) -> int:
    """How many code points of ``text[start:end]`` weigh 2."""
    if end is None:
        end = len(text)
    runs = _HEAVY_RUN.findall(text, start, end)
    return sum(map(len, runs)) if runs else 0


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


# --- emoji ----------------------------------------------------------------------------------------


class _EmojiTable:
    """The emoji sequences of one emoji version, matched longest first."""

    def __init__(self, sequences: frozenset[str]) -> None:
        self.sequences = sequences
        lengths: dict[str, set[int]] = {}
        followers: dict[str, set[str]] = {}
        for seq in sequences:
            lengths.setdefault(seq[0], set()).add(len(seq))
            if len(seq) > 1:
                followers.setdefault(seq[0], set()).add(seq[1])
        self.lengths = {first: tuple(sorted(ls, reverse=True)) for first, ls in lengths.items()}
        # A one-character scan for where a sequence may start, written so that the regex engine
        # can skip ahead with its fast character-set test: the non-ASCII starters of the Basic
        # Multilingual Plane one by one, the astral ones as one range (a superset; a hit whose
        # character starts no sequence is skipped).
        bmp = sorted(c for c in lengths if 0x80 <= ord(c) <= 0xFFFF)
        astral = sorted(c for c in lengths if ord(c) > 0xFFFF)
        base = "".join(_class_char(c) for c in bmp)
        if astral:
            base += _class_char(astral[0]) + "-" + _class_char(astral[-1])
        self.scan = re.compile("[" + base + "]")
        # Whether every non-ASCII starter is one of the characters _WIDE_RUN finds.
        self.in_wide_runs = all(_WIDE_RUN.fullmatch(c) for c in bmp + astral)
        # ASCII starters (# * 0-9 of the keycaps) are not scanned for: every sequence they start
        # holds a marker (U+20E3), so they are looked for just before each marker, and hashtags
        # and numbers cost nothing. None: no ASCII starters; "": no common marker, scan all.
        self.ascii_firsts = frozenset(c for c in lengths if ord(c) < 0x80)
        self.ascii_marker: str | None = None
        self.marker_offsets: tuple[int, ...] = ()
        self.scan_with_ascii = self.scan
        if self.ascii_firsts:
            started = [seq for seq in sequences if seq[0] in self.ascii_firsts]
            marks = set.intersection(*(set(seq) for seq in started)) - self.ascii_firsts
            self.ascii_marker = min(marks, default="")
            if self.ascii_marker:
                self.marker_offsets = tuple(
                    sorted(
                        {i for seq in started for i, c in enumerate(seq) if c == self.ascii_marker}
                    )
                )
            ascii_class = "".join(_class_char(c) for c in sorted(self.ascii_firsts))
            self.scan_with_ascii = re.compile("[" + base + ascii_class + "]")

    def find(
        self, text: str, wide_runs: list[tuple[int, int]] | None = None
    ) -> list[tuple[int, int]]:
        """Spans of the emoji in ``text``, leftmost first, longest at each place, no overlaps.

        ``wide_runs``: the spans of ``_WIDE_RUN`` in ``text``, if the caller has them.
        """
        marker = self.ascii_marker
        if marker == "":
            starts = [hit.start() for hit in self.scan_with_ascii.finditer(text)]
        else:
            scan = self.scan.finditer
            if wide_runs is not None and self.in_wide_runs:
                starts = [hit.start() for s, e in wide_runs for hit in scan(text, s, e)]
            else:
                starts = [hit.start() for hit in scan(text)]
            if marker and marker in text:
                extra = set()
                firsts = self.ascii_firsts
                p = text.find(marker)
                while p >= 0:
                    for k in self.marker_offsets:
                        if k <= p and text[p - k] in firsts:
                            extra.add(p - k)
                    p = text.find(marker, p + 1)
                if extra:
                    starts = sorted(extra.union(starts))
        found: list[tuple[int, int]] = []
        if not starts:
            return found
        lengths = self.lengths
        sequences = self.sequences
        end = 0
        n = len(text)
        for i in starts:
            if i < end:
                continue
            for size in lengths.get(text[i], ()):
                if i + size <= n and text[i : i + size] in sequences:
                    end = i + size
                    found.append((i, end))
                    break
        return found


def _class_char(char: str) -> str:
    return f"\\U{ord(char):08x}"


@lru_cache(maxsize=1)
def _twitter_emoji() -> _EmojiTable:
    """The emoji twitter-text v3 (the reference's Emoji 12.0 list) counts as one unit of 2."""
    from emoji import EMOJI_DATA, STATUS

    component = STATUS["component"]
    return _EmojiTable(
        frozenset(
            seq
            for seq, data in EMOJI_DATA.items()
            if data["E"] <= EMOJI_VERSION and data["status"] != component
        )
    )


@lru_cache(maxsize=1)
def _all_emoji() -> _EmojiTable:
    """Every emoji sequence the ``emoji`` package knows (all versions, components included)."""
    from emoji import EMOJI_DATA

    return _EmojiTable(frozenset(EMOJI_DATA))


def find_emoji(text: str, *, current: bool = False) -> list[tuple[int, int]]:
    """Spans of the emoji sequences in ``text``.

    ``current=False``: the Emoji 12.0 sequences twitter-text v3 counts as one (PLAT-X-1);
    ``current=True``: every sequence of the installed ``emoji`` package, newest included, also
    lone skin-tone and hair components (e.g. for Threads, where an emoji counts as its bytes).
    """
    return list(_find_emoji_cached(text, current))


@lru_cache(maxsize=32)
def _find_emoji_cached(text: str, current: bool) -> tuple[tuple[int, int], ...]:
    """:func:`find_emoji`, remembered per text (the counters, the checklist and the Threads
    cut all ask for the same text's emoji) and, in a long text, per piece
    (:mod:`app.core.textpieces`: no emoji sequence holds whitespace, so none straddles a cut,
    and the scan's longest-first choice at each place is the same in a piece as in the text)."""
    if len(text) <= textpieces.SHORT:
        return tuple((_all_emoji() if current else _twitter_emoji()).find(text))
    found: list[tuple[int, int]] = []
    offset = 0
    for piece in textpieces.pieces(text):
        for s, e in _find_emoji_piece(piece, current):
            found.append((s + offset, e + offset))
        offset += len(piece)
    return tuple(found)


@lru_cache(maxsize=4096)
def _find_emoji_piece(piece: str, current: bool) -> tuple[tuple[int, int], ...]:
    return tuple((_all_emoji() if current else _twitter_emoji()).find(piece))


def warm_up() -> None:
    """Compile the URL regexes and build the emoji tables now (about 0.2 s, once) rather than
    on the first keystroke."""
    url_regexes()
    _twitter_emoji()
    _all_emoji()


# --- normalisation --------------------------------------------------------------------------------


def normalize(text: str) -> str:
    """What twitter-text counts: NFC, with ``\\r\\n`` and ``\\r`` turned into ``\\n``."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def normalize_with_offsets(text: str) -> tuple[str, tuple[int, ...] | None]:
    """The normalised text and, if it differs from ``text``, where each of its indices came from.

    ``offsets[i]`` (for ``0 <= i <= len(normalised)``) is the index in ``text`` of normalised
    index ``i``: a span ``(a, b)`` of the normalised text is ``(offsets[a], offsets[b])`` of
    ``text``. Inside a character that normalisation composed, indices map to its start.
    ``None`` means nothing changed: indices are the same.
    """
    normal = normalize(text)
    if normal == text:
        return normal, None
    for boundary in (_is_starter, _is_ascii):
        offsets = _offsets_by_segments(text, normal, boundary)
        if offsets is not None:
            return normal, offsets
    # Not reached for any text tried; kept so that the answer is never wrong.
    return normal, tuple([0] * len(normal) + [len(text)])


def _is_starter(text: str, i: int) -> bool:
    return unicodedata.combining(text[i]) == 0


def _is_ascii(text: str, i: int) -> bool:
    return text[i] < "\x80"


def _offsets_by_segments(
    text: str, normal: str, boundary: Callable[[str, int], bool]
) -> tuple[int, ...] | None:
    """Normalise ``text`` piece by piece (cut before each ``boundary`` character); ``None`` if
    the pieces do not add up to ``normal`` (normalisation joined characters across a cut)."""
    offsets: list[int] = []
    start = 0
    pieces: list[str] = []
    n = len(text)
    for i in range(1, n + 1):
        if i < n and not (boundary(text, i) and not (text[i] == "\n" and text[i - 1] == "\r")):
            continue
        piece = text[start:i]
        done = normalize(piece)
        pieces.append(done)
        if done == piece:
            offsets.extend(range(start, i))
        else:
            offsets.extend([start] * len(done))
        start = i
    if "".join(pieces) != normal:
        return None
    offsets.append(n)
    return tuple(offsets)


# --- URLs -----------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _punycode(domain: str) -> str | None:
    try:
        return domain.encode("idna").decode("ascii")
    except Exception:  # the reference treats every failure as "not a domain"
        return None


def _is_valid_url(url: str, protocol: str, domain: str) -> bool:
    puny = _punycode(domain)
    if not puny:
        return False
    return len(protocol) + len(url) + len(puny) - len(domain) <= _MAX_URL_LENGTH


@lru_cache(maxsize=2048)
def _urls_in_window(window: str) -> tuple[tuple[str, int, int], ...]:
    """The URLs of one space-free word, ``window`` = the word with the space before it, if any.

    The same as twitter-text-parser's ``extract_urls_with_indices`` on the whole text, restricted
    to the word: (the URL as the reference records it, start, end), offsets relative to
    ``window``. Searching the word on its own is equivalent: a URL holds no space, so no match
    crosses the word's ends; the pattern's ``^`` only matters when the window starts the text (a
    window starting with a space cannot start a URL there); and its look-ahead sees the end of
    the window where the text has a space, which it accepts alike. Cached: while typing, only
    the word under the cursor changes.
    """
    extract_url, valid_ascii_domain, valid_tco_url = url_regexes()
    found: list[list] = []
    for match in extract_url.finditer(window):
        _, before, url, protocol, domain, _, path, _ = match.groups()
        end = match.end()
        start = end - len(url)
        if not _is_valid_url(url, protocol or _DEFAULT_PROTOCOL, domain):
            continue
        if protocol is None:
            if before in ("-", "_", ".", "/"):
                continue
            last = None
            for ascii_domain in valid_ascii_domain.finditer(domain):
                last = [ascii_domain.group(0), start + ascii_domain.start(),
                        start + ascii_domain.end()]
                found.append(last)
            if last is None:
                continue
            if path:
                # As the reference does, including its replace() of every occurrence.
                last[0] = url.replace(domain, last[0])
                last[2] = end
        else:
            tco = valid_tco_url.search(url)
            if tco:
                slug = tco.group(1)
                if slug and len(slug) > _MAX_TCO_SLUG_LENGTH:
                    continue
                url = tco.group(0)
                end = start + len(url)
            found.append([url, start, end])
    return tuple((url, start, end) for url, start, end in found)


def _find_urls(text: str) -> list[tuple[str, int, int]]:
    """(url as recorded, start, end) of every URL in the normalised ``text``, in order."""
    if "." not in text:
        return []
    return list(_find_urls_cached(text))


@lru_cache(maxsize=16)
def _find_urls_cached(text: str) -> tuple[tuple[str, int, int], ...]:
    """:func:`_find_urls`, remembered per text: the counters (X), the checklist's scan and its
    AR-PUNCT-1 lines ask for the same text's URLs."""
    found: list[tuple[str, int, int]] = []
    n = len(text)
    reverse = text[::-1]
    done = 0  # words before this index have been searched
    for dot in _DOT_BEFORE_LETTER.finditer(text):
        d = dot.start()
        if d < done:
            continue
        after = _SPACE.search(text, d)
        word_end = after.start() if after else n
        before = _SPACE.search(reverse, n - d)
        window_start = n - 1 - before.start() if before else 0  # the space before the word
        for url, start, end in _urls_in_window(text[window_start:word_end]):
            found.append((url, window_start + start, window_start + end))
        done = word_end
    return tuple(found)


def find_urls(text: str) -> list[tuple[int, int]]:
    """Spans of the URLs twitter-text finds in ``text`` (normalised: see :func:`normalize`)."""
    return [(start, end) for _, start, end in _find_urls(text)]


# --- parseTweet -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TweetParse:
    """What :func:`parse_tweet` found. Indices are into ``text`` (the normalised text)."""

    weighted_length: int
    valid: bool  # 0 < weighted_length <= max_weighted and no invalid character
    permillage: int  # weighted_length / max_weighted, in thousandths, rounded down
    max_weighted: int
    text: str  # the normalised input (NFC, "\n" line endings)
    valid_end: int  # text[:valid_end] is the longest start that fits and has no invalid character
    urls: tuple[tuple[int, int], ...]  # (start, end) of each URL counted as 23
    emoji: tuple[tuple[int, int], ...]  # (start, end) of each emoji sequence counted as 2
    has_invalid_characters: bool  # U+FFFE, U+FEFF or U+FFFF
    # twitter-text's own fields: inclusive ends, in UTF-16 code units of the *original* text.
    display_range: tuple[int, int]
    valid_range: tuple[int, int]

    @property
    def remaining(self) -> int:
        return self.max_weighted - self.weighted_length

    @property
    def over(self) -> bool:
        return self.weighted_length > self.max_weighted


def weighted_length(text: str) -> int:
    """The weighted length of ``text`` on X (twitter-text v3)."""
    return parse_tweet(text).weighted_length


def parse_tweet(text: str, *, max_weighted: int = MAX_WEIGHTED_LENGTH) -> TweetParse:
    """twitter-text v3 ``parseTweet`` of ``text`` (see the module's docstring).

    The last few results are cached, so the counters and the checklist can both ask for the
    same text during one keystroke at the cost of one parse.
    """
    return _parse_cached(text, max_weighted)


@lru_cache(maxsize=16)
def _parse_cached(text: str, max_weighted: int) -> TweetParse:
    return parse_tweet_uncached(text, max_weighted=max_weighted)


def parse_tweet_uncached(text: str, *, max_weighted: int = MAX_WEIGHTED_LENGTH) -> TweetParse:
    """:func:`parse_tweet` without the cache (for benchmarks)."""
    if max_weighted <= 0:
        raise ValueError(f"max_weighted must be positive, not {max_weighted!r}")
    normal = normalize(text)
    n = len(normal)
    wide_runs: list[tuple[int, int]] = []
    total = n
    for start, end in textpieces.run_spans(_WIDE_RUN, normal):  # runs of one class
        wide_runs.append((start, end))
        total += end - start - len(_LIGHT_WIDE.findall(normal, start, end))

    # Entities as the reference's loop meets them: a URL or emoji is only counted if it starts
    # outside every earlier one; at the same start a URL wins. A unit consumes ``size``
    # characters (for URLs the length of the URL as recorded, which the reference jumps by).
    entities: list[tuple[int, int, int, int, int]] = []  # start, kind, size, end, weight
    for url, start, end in _find_urls(normal):
        entities.append((start, 0, len(url), end, TRANSFORMED_URL_LENGTH))
    for start, end in _twitter_emoji().find(normal, wide_runs):
        entities.append((start, 1, end - start, end, EMOJI_WEIGHT))
    units: list[tuple[int, int, int]] = []  # start, size, weight of the entities that count
    urls: list[tuple[int, int]] = []
    emoji: list[tuple[int, int]] = []
    if entities:
        entities.sort()
        pos = 0
        for start, kind, size, end, weight in entities:
            if start < pos:
                continue
            stop = start + size
            total += weight - (size + _heavy_count(normal, start, stop))
            units.append((start, size, weight))
            (urls if kind == 0 else emoji).append((start, end))
            pos = stop

    invalid = None
    if wide_runs and ("\ufeff" in normal or "\ufffe" in normal or "\uffff" in normal):
        invalid = _INVALID.search(normal)
    first_invalid = invalid.start() if invalid else n
    if total <= max_weighted:
        valid_end = first_invalid
    else:
        valid_end = min(_first_over(normal, units, max_weighted), first_invalid)

    # twitter-text's ranges (its validRangeEnd is the last index it kept, in UTF-16 units of
    # the original text, shifted by how much normalisation shortened it).
    original_units = _utf16_length(text)
    normal_units = original_units if normal is text else _utf16_length(normal)
    last_kept = max(valid_end - 1, 0)
    kept_units = normal_units if last_kept + 1 >= n else _utf16_length(normal[: last_kept + 1])
    valid_range_end = kept_units - 1 + original_units - normal_units
    return TweetParse(
        weighted_length=total,
        valid=invalid is None and 0 < total <= max_weighted,
        permillage=math.floor((total / max_weighted) * 1000),
        max_weighted=max_weighted,
        text=normal,
        valid_end=valid_end,
        urls=tuple(urls),
        emoji=tuple(emoji),
        has_invalid_characters=invalid is not None,
        display_range=(0, original_units - 1 if original_units > 0 else 0),
        valid_range=(0, valid_range_end),
    )


def _first_over(text: str, units: list[tuple[int, int, int]], limit: int) -> int:
    """Start of the first character or entity that takes the running weight over ``limit``."""
    used = 0
    pos = 0
    for start, size, weight in [*units, (len(text), 0, 0)]:
        if start > pos:
            # Each character weighs at least 1: a stretch longer than what is left holds the
            # crossing, and only its first characters need looking at.
            if start - pos > limit - used:
                return _first_over_plain(text, pos, limit - used)
            plain = start - pos + _heavy_count(text, pos, start)
            if used + plain > limit:
                return _first_over_plain(text, pos, limit - used)
            used += plain
        if weight and used + weight > limit:
            return start
        used += weight
        pos = start + size
    return len(text)


def _first_over_plain(text: str, pos: int, budget: int) -> int:
    """Index of the first character from ``pos`` on whose weight takes the sum over ``budget``.

    The caller knows it is there. Only the next ``budget + 1`` characters can matter, each
    weighing at least 1.
    """
    used = 0
    for heavy in _HEAVY.finditer(text, pos, pos + budget + 1):
        h = heavy.start()
        if used + (h - pos) > budget:
            break
        used += h - pos
        if used + 2 > budget:
            return h
        used += 2
        pos = h + 1
    return pos + (budget - used)

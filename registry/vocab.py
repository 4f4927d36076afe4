"""The fixed vocabularies of the domain. Clients act on these codes, so they only ever grow."""

from enum import StrEnum


class ProviderKind(StrEnum):
    payment = "payment"
    crypto_wallet = "crypto_wallet"
    exchange = "exchange"
    bank = "bank"
    authority = "authority"


class ChannelKind(StrEnum):
    phone = "phone"
    short_code = "short_code"
    website = "website"
    email_domain = "email_domain"
    app = "app"
    social = "social"
    chat = "chat"


class Purpose(StrEnum):
    customer_service = "customer_service"
    complaints = "complaints"
    fraud_report = "fraud_report"
    merchant = "merchant"
    lost_card = "lost_card"
    emergency = "emergency"


class Direction(StrEnum):
    inbound_only = "inbound_only"
    calls_out = "calls_out"
    sms_sender = "sms_sender"
    unknown = "unknown"


class Cost(StrEnum):
    free = "free"
    charged = "charged"
    unknown = "unknown"


class PolicyCode(StrEnum):
    no_phone_support = "no_phone_support"
    # No number to dial: phone support is a call back the customer asks for in the provider's app (Robinhood).
    # A number given as the provider's is not its own; a call the customer asked for is.
    callback_only = "callback_only"
    never_calls_unsolicited = "never_calls_unsolicited"
    never_asks_otp = "never_asks_otp"
    never_asks_password = "never_asks_password"
    never_asks_seed_phrase = "never_asks_seed_phrase"
    never_asks_remote_access = "never_asks_remote_access"
    never_asks_transfer = "never_asks_transfer"
    never_dms_first = "never_dms_first"
    never_sends_links_by_sms = "never_sends_links_by_sms"
    contact_only_via = "contact_only_via"


class SourceKind(StrEnum):
    official_page = "official_page"
    official_app = "official_app"
    official_repo = "official_repo"
    government = "government"
    secondary = "secondary"


class Confidence(StrEnum):
    high = "high"
    medium = "medium"
    low = "low"

    @property
    def rank(self) -> int:
        return _CONFIDENCE_RANK[self]

    @property
    def publishable(self) -> bool:
        return self.rank >= Confidence.medium.rank


_CONFIDENCE_RANK = {Confidence.high: 3, Confidence.medium: 2, Confidence.low: 1}


class ReportStatus(StrEnum):
    reported = "reported"
    confirmed = "confirmed"
    dismissed = "dismissed"


# The locales a provider's display names may use; 'en' is required so every client has a fallback.
LOCALES = ("en", "zh-Hans", "zh-Hant", "ja", "ko", "hi", "fil", "sw", "hu")

# Facts whose newest evidence is older than this are "stale": still served, flagged, listed for maintainers.
REVERIFY_DAYS = 180

"""Domain errors. Each carries the HTTP status it means, so one handler in `service` can render them all."""


class RegistryError(Exception):
    status_code = 400
    code = "bad_request"

    def __init__(self, message: str, *, detail: object = None):
        super().__init__(message)
        self.message = message
        self.detail = detail


class OfficialChannelNotReportable(RegistryError):
    """A scam report of a provider's own channel: its misuse (a forged caller ID) is for the authorities; the
    list of scams must never name an official channel. `value` and `provider` let a page say so in its words."""

    code = "official_channel"

    def __init__(self, message: str, *, value: str, provider: str):
        super().__init__(message)
        self.value, self.provider = value, provider


class NotFound(RegistryError):
    status_code = 404
    code = "not_found"


class Conflict(RegistryError):
    status_code = 409
    code = "conflict"


class DataInvalid(RegistryError):
    """Data that fails the validator; `detail` lists the problems."""

    status_code = 422
    code = "invalid_data"


class Unauthorized(RegistryError):
    status_code = 401
    code = "unauthorized"


class Forbidden(RegistryError):
    status_code = 403
    code = "forbidden"


class ProposalNotPending(Conflict):
    code = "proposal_not_pending"


class StaleProposal(Conflict):
    """The fact changed after the proposal was written against it."""

    code = "stale_proposal"

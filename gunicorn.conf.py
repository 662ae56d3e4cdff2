"""gunicorn reads this file from the working directory: access and error logs mask the
secret parts of personal links and invitation tokens (portal/log_filters.py)."""

from gunicorn.glogging import Logger

from core.log_filters import install_on


class MaskingLogger(Logger):
    def setup(self, cfg):
        super().setup(cfg)
        install_on(self.access_log)
        install_on(self.error_log)


logger_class = MaskingLogger

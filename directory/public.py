"""What other apps may use of the directory (the layers contract: only apps above it)."""

from .models import Organization, Service, ServiceStatus  # noqa: F401
from .selectors import services as services_queryset  # noqa: F401

__all__ = ["Organization", "Service", "ServiceStatus", "services_queryset"]

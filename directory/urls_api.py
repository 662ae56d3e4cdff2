"""Language-neutral URLs of the directory: the HSDS 3.0 API (the language is a parameter)."""

from django.urls import include, path

from . import api

hsds_patterns = [
    path("", api.root, name="root"),
    path("services", api.service_list, name="services"),
    path("services/<str:service_id>", api.service_detail, name="service"),
    path("organizations", api.organization_list, name="organizations"),
    path("organizations/<str:organization_id>", api.organization_detail, name="organization"),
    path("taxonomies", api.taxonomy_list, name="taxonomies"),
    path("taxonomy_terms", api.taxonomy_term_list, name="taxonomy_terms"),
    path("service_at_locations", api.service_at_location_list, name="service_at_locations"),
]

urlpatterns = [path("api/hsds/", include((hsds_patterns, "hsds"), namespace="hsds"))]

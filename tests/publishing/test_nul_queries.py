"""A NUL character in a query string is refused or ignored, never a server error (PostgreSQL text
cannot hold NUL)."""

import pytest


@pytest.mark.parametrize(
    "url",
    [
        "/xxgk/catalog/?q=%00",
        "/xxgk/catalog/?q=a%00b&org=1",
        "/xxgk/catalog/?org=%00",
        "/xxgk/catalog/?topic=%00",
        "/xxgk/catalog/?year=%00",
        "/xxgk/catalog/feed/?q=%00",
        "/xxgk/in-force/?q=%00",
        "/xxgk/interpretations/?q=%00",
        "/xxgk/gazette/?year=%00",
    ],
)
def test_a_nul_in_a_public_query_is_no_server_error(client, cast, url):
    assert client.get(url).status_code in (200, 400, 404)

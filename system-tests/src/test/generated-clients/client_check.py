"""One authenticated read and one write through the Python client generated from the gateway's
merged document (openapi-generator's python generator), with nothing edited by hand: the token goes
in as the configuration's access_token, which the generator offers for the document's bearer scheme."""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "out", "python"))

import openapi_client as api  # noqa: E402  (generated into out/python by run.mjs)


def main():
    configuration = api.Configuration(host=os.environ["GATEWAY_URL"], access_token=os.environ["TOKEN"])
    with api.ApiClient(configuration) as client:
        consultations = api.ConsultationsApi(client).list_consultations(limit=5)
        opened = api.CasesApi(client).open_case(
            api.CaseRequest(body="KS", year=2026, title="Ärende öppnat av den genererade Python-klienten"))
    print(json.dumps({
        "client": "python",
        "read": {"total": consultations.total, "items": len(consultations.items or [])},
        "written": {"id": str(opened.id), "registrationNumber": opened.registration_number},
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()

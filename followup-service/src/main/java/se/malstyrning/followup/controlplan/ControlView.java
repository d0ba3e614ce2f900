package se.malstyrning.followup.controlplan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.followup.risks.RiskView;

import java.util.UUID;

@Schema(name = "Control")
public record ControlView(UUID id, RiskView risk, String what, String method, String responsibleRole, String timing,
                          FollowUpStatus followUpStatus, String followUpNote, long version) {

    static ControlView of(Control control) {
        return new ControlView(control.id, RiskView.of(control.risk), control.what, control.method,
                control.responsibleRole, control.timing, control.followUpStatus, control.followUpNote, control.version);
    }
}

package se.malstyrning.followup.consultations;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ResponseRepository implements PanacheRepositoryBase<ConsultationResponse, UUID> {

    public boolean existsForRecipient(UUID recipientId) {
        return count("recipientId", recipientId) > 0;
    }

    public List<ConsultationResponse> listByConsultation(UUID consultationId) {
        return list("consultationId", Sort.ascending("createdAt"), consultationId);
    }
}

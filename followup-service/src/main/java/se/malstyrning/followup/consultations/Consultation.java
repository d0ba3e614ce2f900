package se.malstyrning.followup.consultations;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A remiss: a proposal sent to named org units for their answers by a reply date. */
@Entity
@Table(name = "consultation")
@InChangeFeed(type = "CONSULTATION", path = "/followup/v1/consultations/")
public class Consultation extends AuditedEntity {

    /** Reply dates are the municipality's calendar days. */
    public static final ZoneId MUNICIPALITY_ZONE = ZoneId.of("Europe/Stockholm");

    @Column(name = "case_id")
    public UUID caseId;

    @Column(nullable = false, length = 300)
    public String subject;

    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "goal_ids", nullable = false)
    public List<UUID> goalIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Attachment> attachments = new ArrayList<>();

    @Column(name = "reply_date")
    public LocalDate replyDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ConsultationStatus status = ConsultationStatus.DRAFT;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "late_answers", nullable = false, length = 16)
    public LateAnswers lateAnswers = LateAnswers.ACCEPT_MARKED;

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("orgUnitCode")
    public List<Recipient> recipients = new ArrayList<>();

    public Optional<Recipient> recipient(UUID orgUnitId) {
        return recipients.stream().filter(recipient -> recipient.orgUnitId.equals(orgUnitId)).findFirst();
    }

    public boolean isAddressedToAnyOf(Set<String> orgUnitCodes) {
        return recipients.stream().anyMatch(recipient -> orgUnitCodes.contains(recipient.orgUnitCode));
    }

    /** An answer is late when it arrives after the reply date has ended in the municipality. */
    public boolean isLate(Instant answeredAt) {
        return replyDate != null && answeredAt.atZone(MUNICIPALITY_ZONE).toLocalDate().isAfter(replyDate);
    }

    /** Why an answer given now would be late (after closing weighs first), or empty when it is in time. */
    public Optional<LateReason> lateReason(Instant answeredAt) {
        if (status == ConsultationStatus.CLOSED) {
            return Optional.of(LateReason.AFTER_CLOSING);
        }
        return isLate(answeredAt) ? Optional.of(LateReason.AFTER_REPLY_DATE) : Optional.empty();
    }

    public boolean isPastReplyDate(LocalDate today) {
        return replyDate != null && today.isAfter(replyDate);
    }
}

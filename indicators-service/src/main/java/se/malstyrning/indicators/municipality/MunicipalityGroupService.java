package se.malstyrning.indicators.municipality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Municipality groups: the counties' and all municipalities' (reference data, read only) and those an
 * administrator defines, whose members must be known municipalities.
 */
@ApplicationScoped
public class MunicipalityGroupService {

    private final MunicipalityGroupRepository groups;
    private final MunicipalityRepository municipalities;

    public MunicipalityGroupService(MunicipalityGroupRepository groups, MunicipalityRepository municipalities) {
        this.groups = groups;
        this.municipalities = municipalities;
    }

    @Transactional
    public Page<MunicipalityGroupView> list(List<String> codes, Optional<String> title, int limit, int offset) {
        Page<MunicipalityGroup> page = groups.page(codes, title, limit, offset);
        Map<String, String> titles = municipalities.titles(page.items().stream().flatMap(group -> group.members.stream()).toList());
        return page.map(group -> MunicipalityGroupView.of(group, titles));
    }

    @Transactional
    public MunicipalityGroupView get(UUID id) {
        return view(find(id));
    }

    /** The members of each group named by code, in the order asked; codes that name no group are left out. */
    @Transactional
    public Map<String, List<String>> membersOf(Collection<String> codes) {
        Map<String, List<String>> members = new LinkedHashMap<>();
        groups.byCodes(codes).forEach(group -> members.put(group.code, List.copyOf(group.members)));
        return members;
    }

    @Transactional
    public MunicipalityGroupView create(MunicipalityGroupRequest request) {
        MunicipalityGroup group = new MunicipalityGroup();
        group.code = groups.nextCode();
        group.kind = GroupKind.DEFINED;
        apply(group, request);
        groups.persistAndFlush(group);
        return view(group);
    }

    /** Changes a group an administrator defined, made against the version in If-Match. */
    @Transactional
    public MunicipalityGroupView update(UUID id, String ifMatch, MunicipalityGroupRequest request) {
        MunicipalityGroup group = findForChange(id);
        Versions.requireCurrent(group.version, ifMatch, null);
        requireDefined(group);
        // A change of the members alone leaves the row as it was; its version must move all the same.
        groups.getEntityManager().lock(group, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        apply(group, request);
        groups.flush();
        return view(group);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        MunicipalityGroup group = findForChange(id);
        Versions.requireCurrent(group.version, ifMatch, null);
        requireDefined(group);
        groups.delete(group);
        groups.flush();
    }

    private void apply(MunicipalityGroup group, MunicipalityGroupRequest request) {
        List<String> members = request.members().stream().distinct().sorted().toList();
        List<String> unknown = municipalities.unknown(members);
        if (!unknown.isEmpty()) {
            int index = request.members().indexOf(unknown.getFirst());
            throw ProblemException.unprocessableField("members[" + index + "]", "no municipality with code " + unknown.getFirst());
        }
        group.title = request.title().strip();
        if (!group.members.equals(members)) {
            group.members = new ArrayList<>(members);
        }
    }

    private static void requireDefined(MunicipalityGroup group) {
        if (group.kind != GroupKind.DEFINED) {
            throw ProblemException.conflict("group " + group.code + " is reference data (" + group.kind + ") and cannot be changed");
        }
    }

    private MunicipalityGroup find(UUID id) {
        return groups.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("municipality group", id));
    }

    /**
     * Locks the group's row before its version is compared: a change rewrites the member rows, which a
     * concurrent change must not reach before it has lost on the version (412, not a key conflict).
     */
    private MunicipalityGroup findForChange(UUID id) {
        return groups.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("municipality group", id));
    }

    private MunicipalityGroupView view(MunicipalityGroup group) {
        return MunicipalityGroupView.of(group, municipalities.titles(group.members));
    }
}

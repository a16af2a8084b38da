package io.shixiao.organization.application;

import io.shixiao.organization.domain.OrgUnit;
import java.util.List;

/** A unit in the branch tree with its children; {@code readOnly} marks an ancestor shown for orientation only. */
public record OrgUnitNode(OrgUnit unit, boolean readOnly, List<OrgUnitNode> children) {}

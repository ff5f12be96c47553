package org.uptake.risk;

/** A risk that actions of the plan mitigate is closed, not deleted: the actions refer to it. */
public class RiskHasMitigationsException extends RuntimeException {

  RiskHasMitigationsException() {
    super("the risk has mitigations");
  }
}

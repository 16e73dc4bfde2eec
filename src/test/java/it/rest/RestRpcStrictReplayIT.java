package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.model.rpc.ColonyMessages.GetColony;
import io.colonies.model.rpc.Envelopes;
import io.colonies.model.rpc.RpcRequest;
import it.support.Arquillian;
import it.support.Fixtures;
import it.support.Fixtures.TestExecutor;
import it.support.Reply;
import it.support.Rpc;
import it.support.TestClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * RPC strict replay mode. It is off by default, so this runs only against servers started with
 * COLONIES_RPC_STRICT_REPLAY=true, announced to the tests with -Dcolonies.rpcStrict=true:
 * {@code COLONIES_RPC_STRICT_REPLAY=true mvn verify -pl liberty -Dit.test=RestRpcStrictReplayIT -Dcolonies.rpcStrict=true}.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "colonies.rpcStrict", matches = "true")
class RestRpcStrictReplayIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void alignClocks() {
        // Both replicas must agree on the time the requests are signed with.
        TestClock.alignBoth();
    }

    @Test
    void anExactRepeatOfASignedEnvelopeIsRefusedOnEveryReplica() {
        TestExecutor member = Fixtures.newColony(Rpc.replicaA()).executor("strict");
        GetColony get = new GetColony();
        get.colonyid = member.colony().id();
        RpcRequest envelope = Envelopes.signed(get, member.key());
        assertTrue(Rpc.replicaA().sendEnvelope(envelope).ok());
        for (Rpc replica : new Rpc[] {Rpc.replicaA(), Rpc.replicaB()}) {
            Reply again = replica.sendEnvelope(envelope);
            assertEquals(403, again.status(), again.toString());
            assertTrue(again.failure().message.contains("Replayed request"), again.toString());
        }
    }
}

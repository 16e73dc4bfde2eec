package it.security;

import static it.support.Roles.Role.MEMBER;
import static it.support.SpecBuilder.aSpec;

import io.colonies.model.core.Cron;
import io.colonies.model.core.Generator;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.json.WireJson;
import io.colonies.model.rpc.CronMessages.AddCron;
import io.colonies.model.rpc.CronMessages.DeleteCron;
import io.colonies.model.rpc.CronMessages.GetCron;
import io.colonies.model.rpc.CronMessages.GetCrons;
import io.colonies.model.rpc.CronMessages.RunCron;
import io.colonies.model.rpc.GeneratorMessages.AddGenerator;
import io.colonies.model.rpc.GeneratorMessages.DeleteGenerator;
import io.colonies.model.rpc.GeneratorMessages.GetGenerator;
import io.colonies.model.rpc.GeneratorMessages.GetGenerators;
import io.colonies.model.rpc.GeneratorMessages.PackGenerator;
import io.colonies.model.rpc.GeneratorMessages.ResolveGenerator;
import it.support.Arquillian;
import it.support.Roles;
import it.support.Rpc;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Roles of the cron and generator messages (PROTOCOL §3.2): members of the colony only. */
@ExtendWith(ArquillianExtension.class)
class SchedulingSecurityIT {
    private final Rpc rpc = Rpc.replicaA();
    private Roles roles;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @BeforeEach
    void roles() {
        roles = new Roles(rpc, "sec");
    }

    @Test
    void cronMessages() {
        roles.assertOnly("addcronmsg", key -> rpc.send(addCron(), key), MEMBER);
        roles.assertOnly("getcronmsg", key -> {
            GetCron get = new GetCron();
            get.cronid = cron().cronid;
            return rpc.send(get, key);
        }, MEMBER);
        roles.assertOnly("getcronsmsg", key -> {
            GetCrons list = new GetCrons();
            list.colonyid = roles.colony().id();
            list.count = 10;
            return rpc.send(list, key);
        }, MEMBER);
        roles.assertOnly("runcronmsg", key -> {
            RunCron run = new RunCron();
            run.cronid = cron().cronid;
            return rpc.send(run, key);
        }, MEMBER);
        roles.assertOnly("deletecronmsg", key -> {
            DeleteCron delete = new DeleteCron();
            delete.cronid = cron().cronid;
            return rpc.send(delete, key);
        }, MEMBER);
    }

    @Test
    void generatorMessages() {
        roles.assertOnly("addgeneratormsg", key -> rpc.send(addGenerator(), key), MEMBER);
        roles.assertOnly("getgeneratormsg", key -> {
            GetGenerator get = new GetGenerator();
            get.generatorid = generator().generatorid;
            return rpc.send(get, key);
        }, MEMBER);
        roles.assertOnly("resolvegeneratormsg", key -> {
            ResolveGenerator resolve = new ResolveGenerator();
            resolve.generatorname = generator().name;
            return rpc.send(resolve, key);
        }, MEMBER);
        roles.assertOnly("getgeneratorsmsg", key -> {
            GetGenerators list = new GetGenerators();
            list.colonyid = roles.colony().id();
            list.count = 10;
            return rpc.send(list, key);
        }, MEMBER);
        roles.assertOnly("packgeneratormsg", key -> {
            PackGenerator pack = new PackGenerator();
            pack.generatorid = generator().generatorid;
            pack.arg = "x";
            return rpc.send(pack, key);
        }, MEMBER);
        roles.assertOnly("deletegeneratormsg", key -> {
            DeleteGenerator delete = new DeleteGenerator();
            delete.generatorid = generator().generatorid;
            return rpc.send(delete, key);
        }, MEMBER);
    }

    private AddCron addCron() {
        AddCron add = new AddCron();
        add.cron = new Cron();
        add.cron.colonyid = roles.colony().id();
        add.cron.name = "c-" + UUID.randomUUID();
        add.cron.interval = 3600;
        add.cron.workflowspec = workflowJson();
        return add;
    }

    private Cron cron() {
        return rpc.send(addCron(), roles.member().key()).as(Cron.class);
    }

    private AddGenerator addGenerator() {
        AddGenerator add = new AddGenerator();
        add.generator = new Generator();
        add.generator.colonyid = roles.colony().id();
        add.generator.name = "g-" + UUID.randomUUID();
        add.generator.trigger = 100;
        add.generator.workflowspec = workflowJson();
        return add;
    }

    private Generator generator() {
        return rpc.send(addGenerator(), roles.member().key()).as(Generator.class);
    }

    private String workflowJson() {
        WorkflowSpec spec = new WorkflowSpec();
        spec.colonyid = roles.colony().id();
        spec.functionspecs = List.of(aSpec().named("n").ofType("nobody").build());
        return WireJson.toJson(spec);
    }
}

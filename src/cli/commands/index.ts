/** Every `lotse` command. Add one line per command module. */
import type { Command } from '../command';
import { dbMigrateCommand } from './db-migrate';
import { digestRunCommand } from './digest-run';
import { hrInviteCommand, hrSubscriptionCommand } from './hr-invite';
import { importJobsCommand } from './import-jobs';
import { importTaxonomyCommand } from './import-taxonomy';
import { importTrainingsCommand } from './import-trainings';
import { understandCommand } from './understand';
import { matchCommand } from './match';
import { operatorInviteCommand, operatorRemoveCommand } from './operator-invite';
import { seedCommand } from './seed';
import { staffInviteCommand, staffListCommand, staffRemoveCommand } from './staff-invite';
import { retentionRunCommand } from './retention-run';
import { sourcesAddCommand, sourcesListCommand, sourcesRefreshCommand, sourcesRemoveCommand } from './sources';

export const commands: Command[] = [hrInviteCommand, hrSubscriptionCommand, digestRunCommand, understandCommand, matchCommand, seedCommand, importJobsCommand, importTaxonomyCommand, importTrainingsCommand, dbMigrateCommand, retentionRunCommand, sourcesAddCommand, sourcesListCommand, sourcesRefreshCommand, sourcesRemoveCommand, operatorInviteCommand, operatorRemoveCommand, staffInviteCommand, staffListCommand, staffRemoveCommand];

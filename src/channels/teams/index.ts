/** The Teams channel (HR people). */
export { createTeamsChannel, TEAMS_MESSAGES_PATH, type TeamsChannel, type TeamsChannelOptions } from './channel';
export { createTeamsAdapter, LotseTeamsAdapter, type BotFrameworkAuthority, type TeamsConfig } from './adapter';
export { admit, EMULATOR_CHANNEL_ID, isLoopbackAddress, isLoopbackUrl, TEAMS_CHANNEL_ID, teamsEnabled } from './gate';
